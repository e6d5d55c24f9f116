#pragma once

#include "core/CaseRecord.h"
#include "licence/LicenceSheet.h"

namespace ow::ui {

// Whether the case's licence was issued offline and the exchange has not confirmed it yet: its QR
// code carries a workstation's provisional signature, not the authority's (read, not verified).
bool licenceIsProvisional(const core::CaseRecord &record);

// The case's licence as the counter shows and prints it: licence::licenceFieldsOf, marked provisional
// until the exchange's confirmed licence replaces it.
licence::LicenceFields printableLicence(const core::CaseRecord &record);

} // namespace ow::ui
