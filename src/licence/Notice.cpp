#include "Notice.h"
