#include "ResidentId.h"
