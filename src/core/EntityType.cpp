#include "EntityType.h"
