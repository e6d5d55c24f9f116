#include "CaseStore.h"
