#include "EnterpriseName.h"
