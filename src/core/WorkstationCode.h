#pragma once

#include <QString>

// The one rule for a workstation code (e.g. W01): 2 to 8 capital letters or digits. It is part of
// every receipt number (<authority>-<date>-<workstation>-<sequence>), so it holds no '-', and it is
// the CN of the workstation's client certificate: the exchange enrols only codes the counter can use.
namespace ow::core::WorkstationCode {

bool isValid(const QString &code);
// The pattern without anchors, for input validators.
QString pattern();

} // namespace ow::core::WorkstationCode
