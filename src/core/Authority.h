#pragma once

#include <QString>

// The one rule for registration authorities (登记机关): which codes name one, which is provincial,
// and what a caller of one authority may see and act on. The exchange calls it for sign-in, events,
// online applications and the change feed; the counter's settings and the admin command call it too.
//
// An authority is a 6-digit GB/T 2260 division code that exists (core::Divisions): a county
// (140105 小店区), a city padded with 00 (140100 太原市) or a province padded with 0000 (140000
// 山西省). The province's code is the provincial scope: its people (a provincial supervisor, the
// province's administrator) see and act on the cases of every authority of that province.
namespace ow::core::Authority {

// A 6-digit division code that exists.
bool isValid(const QString &code);
// A valid province code (XX0000): the provincial scope.
bool isProvincial(const QString &code);
// The two digits of the province an authority belongs to (empty for an invalid code).
QString province(const QString &code);
// May a caller whose authority is `scope` see and act on what belongs to `authority` (a case, a
// workstation)? The same authority, or the provincial scope of the authority's province; never
// when either is not a valid authority.
bool covers(const QString &scope, const QString &authority);
// Does `division` (a domicile's county code) lie in the jurisdiction of `authority`: the county
// itself, a county of the city (XXXX00) or of the province (XX0000)? False when either is invalid.
// An acceptance outside it needs a reason (CaseWorkflow).
bool inJurisdiction(const QString &authority, const QString &division);
// The name of an authority's market-regulation office as notices print it: 太原市小店区市场监督管理局
// (a county's, with its city), 太原市市场监督管理局, 山西省市场监督管理局; empty for an invalid code.
QString officeName(const QString &code);

} // namespace ow::core::Authority
