#include "Migrations.h"
