// The stores' bulk writes on SQLite's own statements (schema::SqliteStatements), over a real SQLite
// file opened by Qt SQL: values stored as Qt SQL stores them (a null text as ''), the rows changed,
// the same transaction as Qt SQL's statements, errors as Qt SQL reports them, and a connection that
// closes once its statements are gone.
#include "schema/SqliteStatements.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestSqliteStatements : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    int m_files = 0;

    QVariantList row(const QString &id)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT t, typeof(t), n, typeof(n), r, b, typeof(b) FROM r WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return {};
        QVariantList values;
        for (int i = 0; i < 7; ++i)
            values << q.value(i);
        return values;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("raw-%1.sqlite").arg(++m_files)));
        QVERIFY(m_db.open());
        QVERIFY(QSqlQuery(m_db).exec(
            QStringLiteral("CREATE TABLE r (id TEXT PRIMARY KEY, t TEXT, n INTEGER, r REAL, b BLOB)")));
    }

    void cleanup()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void valuesBindAsQtSqlBindsThem_data()
    {
        QTest::addColumn<QVariant>("text");
        QTest::addColumn<QVariant>("number");
        QTest::addColumn<QString>("textType");
        QTest::addColumn<QString>("numberType");
        QTest::newRow("text and integer") << QVariant(QStringLiteral("有限公司")) << QVariant(42) << "text"
                                          << "integer";
        QTest::newRow("null text is empty text") << QVariant(QString()) << QVariant(qint64(1) << 40) << "text"
                                                 << "integer";
        QTest::newRow("invalid is NULL") << QVariant() << QVariant() << "null"
                                         << "null";
        QTest::newRow("bool as integer") << QVariant(QStringLiteral("x")) << QVariant(true) << "text"
                                         << "integer";
    }

    void valuesBindAsQtSqlBindsThem()
    {
        QFETCH(QVariant, text);
        QFETCH(QVariant, number);
        QFETCH(QString, textType);
        QFETCH(QString, numberType);
        schema::SqliteStatements statements(m_db);
        QVERIFY(statements.usable());
        auto changed =
            statements.run(QStringLiteral("INSERT INTO r (id, t, n, r, b) VALUES (?, ?, ?, ?, ?)"),
                           {QStringLiteral("a"), text, number, 2.5, QByteArray("\x01\x00\x02", 3)});
        QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().text()));
        QCOMPARE(changed.value(), 1);
        const QVariantList stored = row(QStringLiteral("a"));
        QCOMPARE(stored.size(), 7);
        QCOMPARE(stored.at(1).toString(), textType);
        QCOMPARE(stored.at(3).toString(), numberType);
        if (textType == u"text")
            QCOMPARE(stored.at(0).toString(), text.toString());
        if (numberType == u"integer")
            QCOMPARE(stored.at(2).toLongLong(), number.toLongLong());
        QCOMPARE(stored.at(4).toDouble(), 2.5);
        QCOMPARE(stored.at(5).toByteArray(), QByteArray("\x01\x00\x02", 3));
        QCOMPARE(stored.at(6).toString(), QStringLiteral("blob"));
    }

    void rowsChangedAndStatementsReused()
    {
        schema::SqliteStatements statements(m_db);
        const QString insert = QStringLiteral("INSERT INTO r (id, n) VALUES (?, ?)");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(statements.run(insert, {QString::number(i), i}).value(), 1);
        auto updated = statements.run(QStringLiteral("UPDATE r SET n = n + 10 WHERE n >= ?"), {2});
        QVERIFY(updated);
        QCOMPARE(updated.value(), 3);
        QCOMPARE(
            statements.run(QStringLiteral("DELETE FROM r WHERE id = ?"), {QStringLiteral("none")}).value(),
            0);
    }

    void sharesQtSqlsTransaction()
    {
        schema::SqliteStatements statements(m_db);
        QVERIFY(m_db.transaction());
        QVERIFY(statements.run(QStringLiteral("INSERT INTO r (id) VALUES (?)"), {QStringLiteral("gone")}));
        QVERIFY(m_db.rollback());
        QVERIFY(row(QStringLiteral("gone")).isEmpty());
        QVERIFY(m_db.transaction());
        QVERIFY(statements.run(QStringLiteral("INSERT INTO r (id) VALUES (?)"), {QStringLiteral("kept")}));
        QVERIFY(m_db.commit());
        QVERIFY(!row(QStringLiteral("kept")).isEmpty());
    }

    void errorsAsQtSqlReportsThem()
    {
        schema::SqliteStatements statements(m_db);
        const QString insert = QStringLiteral("INSERT INTO r (id) VALUES (?)");
        QVERIFY(statements.run(insert, {QStringLiteral("dup")}));
        auto duplicate = statements.run(insert, {QStringLiteral("dup")});
        QVERIFY(!duplicate);
        // SQLITE_CONSTRAINT_PRIMARYKEY (1555): primary code 19, as Qt SQL's nativeErrorCode carries it.
        QCOMPARE(duplicate.error().nativeErrorCode().toInt() & 0xff, 19);
        QVERIFY(duplicate.error().databaseText().contains(QStringLiteral("UNIQUE")));
        // The statement is usable again after its failure.
        QCOMPARE(statements.run(insert, {QStringLiteral("next")}).value(), 1);

        QVERIFY(!statements.run(QStringLiteral("INSERT INTO nowhere (id) VALUES (?)"), {1}));
        QVERIFY(!statements.run(insert, {QStringLiteral("a"), QStringLiteral("b")})); // wrong count
        QVERIFY(row(QStringLiteral("a")).isEmpty());
    }

    // The bulk reads: every row in order with its values bound, texts as the UTF-8 stored (a lone
    // surrogate Qt SQL wrote reads back as SQLite holds it), NULL as empty, and errors reported.
    void selectReadsRowsAsStored()
    {
        schema::SqliteStatements statements(m_db);
        const QString insert = QStringLiteral("INSERT INTO r (id, t, n) VALUES (?, ?, ?)");
        QVERIFY(statements.run(insert, {QStringLiteral("a"), QStringLiteral("太原市小店区😀"), 7}));
        QVERIFY(statements.run(insert, {QStringLiteral("b"), QVariant(), -3}));
        QVERIFY(statements.run(insert, {QStringLiteral("c"), QStringLiteral("skip"), 0}));
        QStringList ids;
        QList<QByteArray> texts;
        QList<qint64> numbers;
        const QString select = QStringLiteral("SELECT id, t, n FROM r WHERE n <> ? ORDER BY id");
        auto rows = statements.select(select, {0}, [&](const schema::SqliteStatements::Row &row) {
            ids << row.string(0);
            texts << row.text(1).toByteArray();
            numbers << row.integer(2);
        });
        QCOMPARE(rows.value(), qsizetype(2));
        QCOMPARE(ids, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(texts, (QList<QByteArray>{QStringLiteral("太原市小店区😀").toUtf8(), QByteArray()}));
        QCOMPARE(numbers, (QList<qint64>{7, -3}));
        // The same statement again, with another value: it was reset after the last row.
        rows = statements.select(select, {7}, [](const schema::SqliteStatements::Row &) {});
        QCOMPARE(rows.value(), qsizetype(2));

        QVERIFY(!statements.select(QStringLiteral("SELECT x FROM nowhere"), {}, {}));
        QVERIFY(!statements.select(select, {}, {})); // wrong count
    }
    void notSqliteIsRefused()
    {
        QSqlDatabase closed = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("closed"));
        {
            schema::SqliteStatements statements(closed);
            QVERIFY(!statements.usable());
            QVERIFY(!statements.run(QStringLiteral("SELECT 1"), {}));
        }
        closed = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("closed"));
    }

    void connectionClosesOnceStatementsAreGone()
    {
        {
            schema::SqliteStatements statements(m_db);
            QVERIFY(statements.run(QStringLiteral("INSERT INTO r (id) VALUES (?)"), {QStringLiteral("x")}));
        }
        m_db.close();
        QVERIFY2(m_db.lastError().type() == QSqlError::NoError, qPrintable(m_db.lastError().text()));
        // The file is whole and holds the row.
        QVERIFY(m_db.open());
        QVERIFY(!row(QStringLiteral("x")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatements)
#include "test_sqlite_statements.moc"
