// Translations are embedded as resources by qt_add_translations.
