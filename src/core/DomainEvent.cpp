#include "DomainEvent.h"
