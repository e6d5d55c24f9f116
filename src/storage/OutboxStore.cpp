#include "OutboxStore.h"
