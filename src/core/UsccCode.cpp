#include "UsccCode.h"
