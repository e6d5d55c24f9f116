#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow::core {

// Sections of the one form that an entity type may show (DOMAIN §4).
enum class FormSection
{
    Entity,
    LegalRep,
    Investors,
    Personnel,
    Liaison,
    FinancialOfficer,
    Materials
};

struct MaterialSpec
{
    QString id;
    QString title; // simplified Chinese title as printed on notices
    bool required = true;
};

// Which partners a partnership has (合伙企业法 art. 2, 61): a general partnership only general
// partners; a limited partnership at least one general and at least one limited partner.
enum class PartnerRule
{
    None,
    AllGeneral,
    GeneralAndLimited
};

// The rules of an entity type for its investors beyond their number (issue 12), from the
// "investors" object of the catalogue; each 0/false/None when the type has no such rule.
struct InvestorRules
{
    int minDomiciledInChinaPercent = 0; // 发起人: at least half domiciled in China (公司法 art. 92)
    bool paidInFull = false;   // contributions paid before establishment: deadline ≤ application day
    int subscriptionYears = 0; // 认缴 within so many years of establishment (公司法 art. 47)
    PartnerRule partners = PartnerRule::None;
    int minFarmerPercent = 0; // 农民专业合作社法 art. 20: farmers at least 80 % of the members
    // Members that are enterprises, institutions or social organisations (农民专业合作社法 art. 20):
    // at most corporateMax of up to corporateUpTo members, at most corporateMaxPercent % beyond.
    // corporateUpTo 0: no such limit.
    int corporateUpTo = 0;
    int corporateMax = 0;
    int corporateMaxPercent = 0;
};

// One entity type, loaded from resources/entity_types.json: data, not if-chains.
class EntityType
{
public:
    QString id;                  // stable key, e.g. "llc_natural_multi"
    QString name;                // as on the licence: 有限责任公司(自然人投资或控股)
    QChar codeCategory;          // USCC position 2: '1' enterprise, '2' individual business, '3' co-operative
    QString representativeTitle; // 法定代表人, 负责人, 执行事务合伙人, 投资人, 经营者
    QString capitalLabel;        // 注册资本, 出资额, 资金数额 or empty when none
    QList<FormSection> sections;
    int minInvestors = 0;
    int maxInvestors = 0; // 0 = no upper bound
    bool investorsMustBeNatural = false;
    bool investorsMustBeLegal = false;
    InvestorRules investorRules;
    // The legal representative is a director or the manager as the articles choose (公司法 art. 10).
    bool legalRepFromOfficers = false;
    QStringList nameForms;       // allowed endings (组织形式), e.g. 有限公司, 有限责任公司
    bool nameMayBeEmpty = false; // 个体工商户 may register without a name
    // Words its name may never contain: 个人独资企业 never says 有限 or 公司 (个人独资企业登记管理办法 art.
    // 6).
    QStringList nameForbids;
    QList<MaterialSpec> materials;

    bool has(FormSection section) const { return sections.contains(section); }
};

class EntityTypeCatalog
{
    Q_DECLARE_TR_FUNCTIONS(EntityTypeCatalog)
public:
    // The catalogue embedded in the core library's resources.
    static const EntityTypeCatalog &instance();
    // Parses a catalogue from JSON (used by instance() and by tests with broken data).
    static EntityTypeCatalog fromJson(const QByteArray &json, QString *error = nullptr);

    const QList<EntityType> &types() const { return m_types; }
    const EntityType *find(const QString &id) const;

private:
    QList<EntityType> m_types;
};

} // namespace ow::core
