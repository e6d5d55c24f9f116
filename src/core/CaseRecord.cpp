#include "CaseRecord.h"
