#include "AccountStore.h"
