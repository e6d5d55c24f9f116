#pragma once

// A case as the exchange's feed brings it, with what storing it needs made beforehand: the JSON
// texts of its row and whether UTF-8 can hold its texts. A pulled page's cases are made on the pool
// thread that decoded the page (ExchangeClient::readPage), not on the one that stores it.

#include "core/CaseRecord.h"

#include <QString>

namespace ow::storage {

// The JSON texts a case's row stores besides its columns.
struct CaseRowTexts
{
    QString form;      // the form (OneForm::toJsonText)
    QString materials; // the materials checklist
    QString about;     // the entity it is about; "" when it is about none

    static CaseRowTexts of(const core::CaseRecord &record);
};

struct RemoteCase
{
    core::CaseRecord record;
    CaseRowTexts texts;
    bool wellFormed = true; // no text UTF-8 cannot hold (core::Limits): such a case is not stored

    // Made on any thread.
    static RemoteCase of(core::CaseRecord record);
};

} // namespace ow::storage
