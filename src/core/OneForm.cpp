#include "OneForm.h"
