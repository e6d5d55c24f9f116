#include "AuditJournal.h"
