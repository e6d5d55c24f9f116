#pragma once

#include "LicenceSheet.h"
#include "core/CaseRecord.h"

namespace ow::licence {

// The licence of a licensed case as the counter prints it: the texts of core::LicenceText (the
// same the exchange signed) and the QR the exchange sealed. Empty creditCode or qrPayload when the
// exchange has not confirmed the licence yet (LicenceSheet refuses to print it then).
LicenceFields licenceFieldsOf(const core::CaseRecord &record);

} // namespace ow::licence
