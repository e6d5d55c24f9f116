#include "Materials.h"
