#include "views/residentsview.h"

#include "appearance.h"
#include "clock.h"
#include "appcontext.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "widgets/fittoscreen.h"
#include "widgets/openonenter.h"
#include "domain/idcard.h"
#include "domain/phone.h"
#include "format.h"
#include "models/casetablemodel.h"
#include "models/residenttablemodel.h"
#include "widgets/revealbutton.h"
#include "workflow/residentservice.h"

#include <QtCore/QEvent>
#include <QtCore/QTimeZone>
#include <QtCore/QTimer>
#include <QtGui/QKeyEvent>
#include <QtGui/QShortcut>
#include <QtGui/QStandardItemModel>
#include <QtGui/QScreen>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTableView>

#include <algorithm>

namespace xz {

namespace {

enum Field { Gender, Ethnicity, Language, Group, Address, Phone, IdNumber, Registered, FieldCount };

enum CaseColumn { CaseNumber, CaseTitle, CaseStatusColumn, CaseDate, CaseColumnCount };

void setUpTable(QTableView *t)
{
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->setTabKeyNavigation(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    Appearance::follow(t, [t] { t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() * 17 / 10); });
    t->horizontalHeader()->setHighlightSections(false);
}

QDate chinaToday(const AppContext &ctx)
{
    return ctx.clock().now().toTimeZone(chinaZone()).date();
}

} // namespace

ResidentsView::ResidentsView(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_ctx(ctx),
      m_model(new ResidentTableModel(ctx, this)),
      m_typing(new QTimer(this)),
      m_heading(new QLabel(this)),
      m_searchLabel(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_new(new QPushButton(this)),
      m_count(new QLabel(this)),
      m_table(new QTableView(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_detailStack(new QStackedWidget(this)),
      m_placeholder(new QLabel(this)),
      m_name(new QLabel(this)),
      m_edit(new QPushButton(this)),
      m_form(new QGridLayout),
      m_casesHeading(new QLabel(this)),
      m_caseTable(new QTableView(this)),
      m_caseModel(new QStandardItemModel(0, CaseColumnCount, this))
{
    Appearance::setRelativeFont(m_heading, 1.3, true);
    m_heading->setBuddy(m_table);
    Appearance::setRelativeFont(m_name, 1.3, true);
    m_name->setObjectName(QStringLiteral("resident_name"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont sub = m_casesHeading->font();
    sub.setBold(true);
    m_casesHeading->setFont(sub);
    m_casesHeading->setBuddy(m_caseTable);

    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &ResidentsView::applySearch);

    m_search->setObjectName(QStringLiteral("resident_search"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ResidentsView::applySearch);
    m_search->installEventFilter(this);

    m_new->setObjectName(QStringLiteral("resident_new"));
    m_new->setAutoDefault(false);
    connect(m_new, &QPushButton::clicked, this, &ResidentsView::createResident);
    m_edit->setObjectName(QStringLiteral("resident_edit"));
    m_edit->setAutoDefault(false);
    connect(m_edit, &QPushButton::clicked, this, &ResidentsView::editCurrentResident);

    m_table->setObjectName(QStringLiteral("resident_table"));
    setUpTable(m_table);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The name keeps a width that fits it; the last column takes what is left, so a
    // narrow window scrolls rather than squeezing the names to "何…".
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showDetail(current.data(ResidentTableModel::ResidentIdRole).toString());
            });
    connect(m_model, &ResidentTableModel::totalCountChanged, this, &ResidentsView::updateCount);

    // The left side: search and list.
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_heading);
    titleRow->addSpacing(m_heading->fontMetrics().averageCharWidth() * 2);
    titleRow->addWidget(m_count);
    titleRow->addStretch(1);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("resident_export"));
    m_export->setAutoDefault(false);
    connect(m_export, &QPushButton::clicked, this, &ResidentsView::exportList);
    titleRow->addWidget(m_export);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("resident_import"));
    m_import->setAutoDefault(false);
    connect(m_import, &QPushButton::clicked, this, &ResidentsView::importFile);
    titleRow->addWidget(m_import);
    titleRow->addWidget(m_new);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    leftLayout->addLayout(titleRow);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_table, 1);

    // The right side: the chosen resident, or a hint.
    m_placeholder->setObjectName(QStringLiteral("resident_placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    auto *detail = new QWidget(m_detailStack);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_edit);
    detailLayout->addLayout(nameRow);
    // A grid, not a QFormLayout: Qt 6.4's form measured the wrapped address at another
    // width than it drew it at 200 %, and cut its last line.
    m_form->setColumnStretch(1, 1);
    for (int i = 0; i < FieldCount; ++i) {
        m_fieldLabels[i] = new QLabel(detail);
        m_fields[i] = new QLabel(detail);
        m_fields[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields[i]->setWordWrap(true);
        m_fieldLabels[i]->setBuddy(m_fields[i]);
        if (i == Phone || i == IdNumber) {
            // The masked number, and "Show" for those who may reveal it (audited).
            auto *row = new QWidget(detail);
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(m_fields[i], 1);
            auto *reveal = new RevealButton(m_ctx,
                                            i == Phone ? PersonalDataService::Field::Phone
                                                       : PersonalDataService::Field::IdNumber,
                                            m_fields[i], row);
            h->addWidget(reveal);
            (i == Phone ? m_revealPhone : m_revealId) = reveal;
            m_form->addWidget(row, i, 1);
        } else {
            m_form->addWidget(m_fields[i], i, 1);
        }
        m_form->addWidget(m_fieldLabels[i], i, 0, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_fields[Phone]->setObjectName(QStringLiteral("resident_phone"));
    m_fields[IdNumber]->setObjectName(QStringLiteral("resident_id_number"));
    detailLayout->addLayout(m_form);
    detailLayout->addSpacing(m_name->fontMetrics().height() / 2);
    detailLayout->addWidget(m_casesHeading);
    m_caseTable->setObjectName(QStringLiteral("resident_cases"));
    setUpTable(m_caseTable);
    m_caseTable->setModel(m_caseModel);
    m_caseTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_caseTable->horizontalHeader()->setSectionResizeMode(CaseTitle, QHeaderView::Stretch);
    new OpenOnEnter(m_caseTable, [this] { openCurrentCase(); });
    connect(m_caseTable, &QTableView::activated, this, [this](const QModelIndex &) { openCurrentCase(); });
    detailLayout->addWidget(m_caseTable, 1);
    m_detailStack->addWidget(m_placeholder);
    // In a scroll area of its own: a stacked widget passes on no height-for-width, so at
    // a large text size a long, wrapped address lost its last line to the case table.
    auto *detailArea = new QScrollArea(m_detailStack);
    detailArea->setFrameShape(QFrame::NoFrame);
    detailArea->setWidgetResizable(true);
    detailArea->setWidget(detail);
    m_detailStack->addWidget(detailArea);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detailStack);
    // The list needs room for its seven columns; the detail reads fine narrower.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_export);
    setTabOrder(m_export, m_import);
    setTabOrder(m_import, m_new);
    setTabOrder(m_new, m_edit);
    setTabOrder(m_edit, m_caseTable);

    // Ctrl+F is the window's case search (MainWindow); the name field has its Alt key.

    connect(&m_ctx, &AppContext::openResidentRequested, this, &ResidentsView::showResident);
    connect(&m_ctx, &AppContext::currentUserChanged, this, &ResidentsView::updatePermissions);
    connect(&m_ctx, &AppContext::residentChanged, this, [this](const QString &id) {
        if (m_current && m_current->id == id)
            showDetail(id);
    });
    connect(&m_ctx, &AppContext::caseChanged, this, [this] {
        if (m_current)
            showDetail(m_current->id);
    });

    retranslateUi();
    updatePermissions();
    fitColumns();
}

void ResidentsView::retranslateUi()
{
    m_heading->setText(tr("&Residents"));
    m_table->setAccessibleName(tr("Residents"));
    m_searchLabel->setText(tr("F&ind:"));
    m_search->setPlaceholderText(tr("Name, phone or ID number"));
    m_search->setAccessibleName(tr("Find residents by name, phone or ID number"));
    m_new->setText(tr("&New resident…"));
    m_new->setAccessibleName(tr("Add a new resident"));
    m_export->setText(tr("E&xport…"));
    m_export->setAccessibleName(tr("Export the residents found to a CSV, Excel or PDF file"));
    m_import->setText(tr("I&mport…"));
    m_import->setAccessibleName(tr("Import residents or cases from an Excel or CSV file"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setAccessibleName(tr("Edit this resident"));
    m_placeholder->setText(tr("Choose a resident on the left to see their details and all their cases."));
    const char *labels[FieldCount] = {
        QT_TR_NOOP("Gender:"),    QT_TR_NOOP("Ethnicity:"), QT_TR_NOOP("Language:"),  QT_TR_NOOP("Group:"),
        QT_TR_NOOP("Address:"),   QT_TR_NOOP("Phone:"),     QT_TR_NOOP("ID number:"), QT_TR_NOOP("Entered on:"),
    };
    for (int i = 0; i < FieldCount; ++i)
        m_fieldLabels[i]->setText(tr(labels[i]));
    m_caseModel->setHorizontalHeaderLabels({tr("Number"), tr("Title"), tr("Status"), tr("Registered")});
    m_caseTable->setAccessibleName(tr("Cases of this resident"));
    m_model->retranslate();
    updateCount();
    if (m_current)
        fillDetail();
}

void ResidentsView::fitColumns()
{
    const QFontMetrics cell = m_table->fontMetrics();
    const QFontMetrics head = m_table->horizontalHeader()->fontMetrics();
    // averageCharWidth() of a CJK font averages over its Han glyphs: pad in digits.
    const int digit = cell.horizontalAdvance(QLatin1Char('0'));
    const int pad = digit * 2;
    auto fit = [&](QTableView *table, int column, const QString &header, const QStringList &samples) {
        int w = head.horizontalAdvance(header) + pad;
        for (const QString &s : samples)
            w = std::max(w, cell.horizontalAdvance(s) + pad);
        table->setColumnWidth(column, w);
    };
    auto h = [this](int c) { return m_model->headerData(c, Qt::Horizontal).toString(); };
    fit(m_table, ResidentTableModel::GenderColumn, h(ResidentTableModel::GenderColumn),
        {ResidentTableModel::genderName(QStringLiteral("f"))});
    fit(m_table, ResidentTableModel::EthnicityColumn, h(ResidentTableModel::EthnicityColumn),
        {ResidentTableModel::ethnicityName(QStringLiteral("04"))});
    fit(m_table, ResidentTableModel::VillagerGroupColumn, h(ResidentTableModel::VillagerGroupColumn),
        {QStringLiteral("十二组")});
    fit(m_table, ResidentTableModel::PhoneColumn, h(ResidentTableModel::PhoneColumn), {QStringLiteral("138****5678")});
    fit(m_table, ResidentTableModel::IdNumberColumn, h(ResidentTableModel::IdNumberColumn),
        {QStringLiteral("5134**********123X")});
    fit(m_table, ResidentTableModel::CaseCountColumn, h(ResidentTableModel::CaseCountColumn), {QStringLiteral("999")});
    m_table->horizontalHeader()->setMinimumSectionSize(digit * 4);
    fit(m_table, ResidentTableModel::NameColumn, h(ResidentTableModel::NameColumn), {QStringLiteral("吉克阿苏木呷")});

    auto ch = [this](int c) { return m_caseModel->headerData(c, Qt::Horizontal).toString(); };
    fit(m_caseTable, CaseNumber, ch(CaseNumber), {QStringLiteral("20260302-0001")});
    QStringList statuses;
    for (CaseStatus s : allValues<CaseStatus>())
        statuses << label(s);
    fit(m_caseTable, CaseStatusColumn, ch(CaseStatusColumn), statuses);
    fit(m_caseTable, CaseDate, ch(CaseDate), {QStringLiteral("2026-03-02")});
}

void ResidentsView::applySearch()
{
    m_typing->stop();
    if (m_search->text().simplified() == m_model->search())
        return;
    m_model->setSearch(m_search->text());
    updateCount();
}

void ResidentsView::updateCount()
{
    const int n = m_model->totalCount();
    if (n == 0 && !m_model->search().isEmpty())
        m_count->setText(tr("Nobody matches “%1”.").arg(m_model->search()));
    else
        m_count->setText(tr("%Ln resident(s)", nullptr, n));
    m_table->setAccessibleDescription(m_count->text());
}

void ResidentsView::updatePermissions()
{
    const bool may = m_ctx.can(Permission::ManageResidents);
    m_new->setVisible(may);
    m_edit->setVisible(may);
    m_export->setVisible(m_ctx.can(Permission::ViewCases));
    m_import->setVisible(may);
}

void ResidentsView::importFile()
{
    if (!m_ctx.can(Permission::ManageResidents))
        return;
    ImportDialog dialog(m_ctx, ImportKind::Residents, this);
    dialog.exec();
    m_model->refresh();
    updateCount();
}

void ResidentsView::showResident(const QString &residentId)
{
    const std::optional<Resident> r = m_ctx.residentRepository().find(residentId);
    if (!r)
        return;
    // Searching for the name keeps the list short and puts the resident in view.
    m_typing->stop();
    m_search->setText(r->name);
    m_model->setSearch(r->name);
    updateCount();
    const int row = m_model->rowOf(residentId);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, ResidentTableModel::NameColumn);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    showDetail(residentId);
}

void ResidentsView::showDetail(const QString &residentId)
{
    m_current = m_ctx.residentRepository().find(residentId);
    fillDetail();
}

void ResidentsView::fillDetail()
{
    if (!m_current) {
        m_detailStack->setCurrentIndex(0);
        m_caseModel->removeRows(0, m_caseModel->rowCount());
        return;
    }
    const Resident &r = *m_current;
    const bool anonymised = r.anonymisedAt.isValid();
    m_name->setText(anonymised ? tr("Anonymised resident") : r.name);
    m_name->setAccessibleName(tr("Resident %1").arg(r.name));
    const QString none = tr("Not recorded");
    auto orNone = [&none](const QString &s) { return s.isEmpty() ? none : s; };
    m_fields[Gender]->setText(orNone(ResidentTableModel::genderName(r.gender)));
    m_fields[Ethnicity]->setText(orNone(ResidentTableModel::ethnicityName(r.ethnicity)));
    m_fields[Language]->setText(orNone(ResidentTableModel::languageName(r.language)));
    m_fields[Group]->setText(orNone(r.villagerGroup));
    m_fields[Address]->setText(orNone(r.address));
    // Shown masked by default (PIPL); the full numbers are never put on screen here.
    const QString gone = tr("Removed after the retention period");
    m_fields[Phone]->setText(anonymised ? gone : r.phone.isEmpty() ? none : maskPhone(r.phone));
    m_fields[IdNumber]->setText(anonymised ? gone : r.idNumber.isEmpty() ? none : maskIdCard(r.idNumber));
    m_revealPhone->setTarget(r.id, r.phone.isEmpty() ? QString() : maskPhone(r.phone));
    m_revealId->setTarget(r.id, r.idNumber.isEmpty() ? QString() : maskIdCard(r.idNumber));
    m_fields[Registered]->setText(fmt::date(r.createdAt));
    for (int i = 0; i < FieldCount; ++i)
        m_fields[i]->setAccessibleName(m_fieldLabels[i]->text().remove(QLatin1Char(':')));

    const QList<CaseRecord> cases = m_ctx.caseRepository().casesOfResident(r.id);
    m_caseModel->removeRows(0, m_caseModel->rowCount());
    const QString prefix = m_ctx.village().code + QLatin1Char('-');
    for (const CaseRecord &c : cases) {
        QList<QStandardItem *> row;
        QString number = c.number;
        if (!m_ctx.village().code.isEmpty() && number.startsWith(prefix))
            number = number.mid(prefix.size());
        row << new QStandardItem(number) << new QStandardItem(c.title) << new QStandardItem(label(c.status))
            << new QStandardItem(fmt::date(c.createdAt));
        row[CaseNumber]->setToolTip(c.number);
        row[CaseTitle]->setToolTip(c.title);
        for (QStandardItem *item : std::as_const(row)) {
            item->setData(c.id, CaseTableModel::CaseIdRole);
            item->setEditable(false);
        }
        m_caseModel->appendRow(row);
    }
    m_casesHeading->setText(cases.isEmpty() ? tr("No cases reported yet.")
                                            : tr("&Cases reported: %n", nullptr, int(cases.size())));
    m_detailStack->setCurrentIndex(1);
}

void ResidentsView::openCurrentCase()
{
    const QModelIndex index = m_caseTable->currentIndex();
    if (!index.isValid())
        return;
    const QString id = index.data(CaseTableModel::CaseIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT m_ctx.openCaseRequested(id);
}

void ResidentsView::createResident()
{
    if (!m_ctx.can(Permission::ManageResidents))
        return;
    Resident start;
    // Most people who come to the office live in the group being searched for, if any;
    // start with nothing rather than guess.
    if (auto saved = runForm(start, true)) {
        m_ctx.notifyResidentChanged(saved->id);
        showResident(saved->id);
    }
}

void ResidentsView::editCurrentResident()
{
    if (!m_current || !m_ctx.can(Permission::ManageResidents))
        return;
    if (auto saved = runForm(*m_current, false)) {
        m_ctx.notifyResidentChanged(saved->id);
        showResident(saved->id);
    }
}

void ResidentsView::exportList()
{
    if (!m_ctx.can(Permission::ViewCases))
        return;
    applySearch(); // what was typed a moment ago counts, too
    ResidentExportRequest request;
    request.search = m_model->search();
    ExportDialog dialog(m_ctx, request, this);
    dialog.exec();
}

std::optional<Resident> ResidentsView::runForm(const Resident &start, bool isNew)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("resident_form"));
    dialog.setWindowTitle(isNew ? tr("New resident") : tr("Edit resident: %1").arg(start.name));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *name = new QLineEdit(start.name, &dialog);
    name->setObjectName(QStringLiteral("form_name"));
    name->setMaxLength(100);
    auto *gender = new QComboBox(&dialog);
    gender->setObjectName(QStringLiteral("form_gender"));
    gender->addItem(tr("Not recorded"), QString());
    gender->addItem(ResidentTableModel::genderName(QStringLiteral("m")), QStringLiteral("m"));
    gender->addItem(ResidentTableModel::genderName(QStringLiteral("f")), QStringLiteral("f"));
    gender->setCurrentIndex(std::max(0, gender->findData(start.gender)));
    auto *ethnicity = new QComboBox(&dialog);
    ethnicity->setObjectName(QStringLiteral("form_ethnicity"));
    ethnicity->addItem(tr("Not recorded"), QString());
    for (const QString &code : ResidentTableModel::ethnicityCodes())
        ethnicity->addItem(ResidentTableModel::ethnicityName(code), code);
    ethnicity->setCurrentIndex(std::max(0, ethnicity->findData(start.ethnicity)));
    ethnicity->setMaxVisibleItems(15);
    auto *language = new QComboBox(&dialog);
    language->setObjectName(QStringLiteral("form_language"));
    language->addItem(tr("Not recorded"), QString());
    for (const QString &code : ResidentTableModel::languageCodes())
        language->addItem(ResidentTableModel::languageName(code), code);
    language->setCurrentIndex(std::max(0, language->findData(start.language)));
    auto *group = new QLineEdit(start.villagerGroup, &dialog);
    group->setObjectName(QStringLiteral("form_group"));
    auto *address = new QLineEdit(start.address, &dialog);
    address->setObjectName(QStringLiteral("form_address"));
    // Phone and ID number are never shown in full: a new value replaces the stored one,
    // an empty field keeps it, and "Remove" deletes it.
    auto *phone = new QLineEdit(&dialog);
    phone->setObjectName(QStringLiteral("form_phone"));
    phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    auto *idNumber = new QLineEdit(&dialog);
    idNumber->setObjectName(QStringLiteral("form_id_number"));
    idNumber->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhPreferUppercase);
    idNumber->setAccessibleDescription(tr("18 characters: 17 digits, then a digit or X"));
    QCheckBox *removePhone = nullptr;
    QCheckBox *removeId = nullptr;
    auto numberRow = [&](QLineEdit *edit, const QString &stored, const QString &masked, QCheckBox *&remove) {
        if (stored.isEmpty())
            return static_cast<QWidget *>(edit);
        edit->setPlaceholderText(masked);
        edit->setToolTip(tr("Leave empty to keep %1, or type a new number.").arg(masked));
        auto *box = new QWidget(&dialog);
        auto *h = new QHBoxLayout(box);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(edit, 1);
        remove = new QCheckBox(tr("Remove"), box);
        h->addWidget(remove);
        connect(remove, &QCheckBox::toggled, edit, [edit](bool on) {
            edit->setEnabled(!on);
            if (on)
                edit->clear();
        });
        return static_cast<QWidget *>(box);
    };
    QWidget *phoneField = numberRow(phone, start.phone, maskPhone(start.phone), removePhone);
    QWidget *idField = numberRow(idNumber, start.idNumber, maskIdCard(start.idNumber), removeId);
    if (removePhone) {
        removePhone->setObjectName(QStringLiteral("form_remove_phone"));
        removePhone->setAccessibleName(tr("Remove the phone number"));
    }
    if (removeId) {
        removeId->setObjectName(QStringLiteral("form_remove_id_number"));
        removeId->setAccessibleName(tr("Remove the ID number"));
    }

    // One message line under each field that can be wrong, and one for the rest.
    auto errorLabel = [&dialog] {
        auto *l = new QLabel(&dialog);
        l->setStyleSheet(Appearance::toneStyle(Appearance::Tone::Error));
        l->setWordWrap(true);
        l->hide();
        return l;
    };
    QLabel *nameError = errorLabel();
    QLabel *phoneError = errorLabel();
    QLabel *idError = errorLabel();
    QLabel *addressError = errorLabel();
    QLabel *generalError = errorLabel();
    nameError->setObjectName(QStringLiteral("form_name_error"));
    phoneError->setObjectName(QStringLiteral("form_phone_error"));
    idError->setObjectName(QStringLiteral("form_id_number_error"));
    generalError->setObjectName(QStringLiteral("form_error"));

    auto row = [&](const QString &text, QWidget *field, QWidget *focus, const QString &accessible,
                   QLabel *error = nullptr) {
        auto *l = new QLabel(text, &dialog);
        l->setBuddy(focus);
        focus->setAccessibleName(accessible);
        form->addRow(l, field);
        if (error)
            form->addRow(QString(), error);
    };
    row(tr("&Name:"), name, name, tr("Name"), nameError);
    row(tr("&Gender:"), gender, gender, tr("Gender"));
    row(tr("E&thnicity:"), ethnicity, ethnicity, tr("Ethnicity"));
    row(tr("Preferred &language:"), language, language, tr("Preferred language"));
    row(tr("Villager g&roup:"), group, group, tr("Villager group"));
    row(tr("&Address:"), address, address, tr("Address"), addressError);
    row(tr("&Phone:"), phoneField, phone, tr("Mobile phone number"), phoneError);
    row(tr("&ID number:"), idField, idNumber, tr("Resident ID number"), idError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("form_save"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    if (removePhone || removeId) {
        auto *note = new QLabel(tr("Phone and ID number stay hidden. Leave them empty to keep them, or type new "
                                   "ones."),
                                &dialog);
        note->setWordWrap(true);
        note->setEnabled(false); // drawn in the quieter colour of a hint
        layout->addWidget(note);
    }
    layout->addWidget(generalError);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance(QChar(0x4E00)) * 32);

    for (QLineEdit *e : {name, phone, idNumber, address}) {
        connect(e, &QLineEdit::textEdited, &dialog, [=] {
            for (QLabel *l : {nameError, phoneError, idError, addressError, generalError})
                l->hide();
        });
    }

    std::optional<Resident> saved;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        for (QLabel *l : {nameError, phoneError, idError, addressError, generalError})
            l->hide();
        Resident r = start;
        r.name = name->text();
        r.gender = gender->currentData().toString();
        r.ethnicity = ethnicity->currentData().toString();
        r.language = language->currentData().toString();
        r.villagerGroup = group->text();
        r.address = address->text();
        if (removePhone && removePhone->isChecked())
            r.phone.clear();
        else if (!phone->text().trimmed().isEmpty())
            r.phone = phone->text();
        if (removeId && removeId->isChecked())
            r.idNumber.clear();
        else if (!idNumber->text().trimmed().isEmpty())
            r.idNumber = idNumber->text();

        auto show = [&](const Error &e) {
            QLabel *where = generalError;
            QWidget *focus = nullptr;
            if (e.code.startsWith(QLatin1String("name"))) {
                where = nameError;
                focus = name;
            } else if (e.code.startsWith(QLatin1String("phone"))) {
                where = phoneError;
                focus = phone;
            } else if (e.code.startsWith(QLatin1String("idcard")) || e.code == QLatin1String("id_number_taken")) {
                where = idError;
                focus = idNumber;
            } else if (e.code.startsWith(QLatin1String("address"))) {
                where = addressError;
                focus = address;
            }
            where->setText(e.message);
            where->show();
            // Room for a message of several lines: lay out now, then fit the height.
            dialog.layout()->activate();
            dialog.resize(dialog.width(), dialog.layout()->totalHeightForWidth(dialog.width()));
            if (focus) {
                focus->setFocus(Qt::OtherFocusReason);
                if (auto *edit = qobject_cast<QLineEdit *>(focus))
                    edit->selectAll();
            }
        };
        if (auto v = ResidentService::validate(r, chinaToday(m_ctx)); !v) {
            show(v.error());
            return;
        }
        Result<Resident> result = isNew ? m_ctx.residentService().create(m_ctx.actor(), r)
                                        : m_ctx.residentService().update(m_ctx.actor(), r);
        if (!result) {
            show(result.error());
            return;
        }
        saved = *result;
        dialog.accept();
    });

    name->setFocus();
    fitToScreen(&dialog);
    dialog.exec();
    return saved;
}

bool ResidentsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        applySearch();
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, ResidentTableModel::NameColumn));
        m_table->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ResidentsView::showEvent(QShowEvent *event)
{
    if (!m_splitterPlaced) {
        m_splitterPlaced = true;
        const int w = m_splitter->width();
        m_splitter->setSizes({w * 2 / 3, w - w * 2 / 3});
    }
    QWidget::showEvent(event);
}

void ResidentsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fitColumns();
    } else if (event->type() == QEvent::FontChange) {
        fitColumns();
    }
    QWidget::changeEvent(event);
}

} // namespace xz
