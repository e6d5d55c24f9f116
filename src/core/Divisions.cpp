#include "Divisions.h"
