#include "OneFormValidator.h"
