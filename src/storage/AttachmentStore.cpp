#include "AttachmentStore.h"
