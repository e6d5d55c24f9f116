#include "FieldRules.h"
