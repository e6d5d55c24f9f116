#pragma once

#include "core/Materials.h"
#include "core/OneForm.h"

#include <QList>

// Deterministic test content shared by the storage and the sync tests: the n-th valid one form of
// a limited company of two natural persons (Xiaodian district, Taiyuan) and a complete checklist.
namespace ow::test::forms {

core::OneForm limitedCompany(int n);
QList<core::MaterialItem> completeMaterials();

} // namespace ow::test::forms
