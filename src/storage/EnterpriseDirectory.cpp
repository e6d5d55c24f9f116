#include "EnterpriseDirectory.h"
