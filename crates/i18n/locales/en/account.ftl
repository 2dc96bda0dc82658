# Choosing a language (account page, community settings).
language-heading = Language
language-label = Language convene speaks to you
language-browser = As my browser asks (otherwise the community’s language)
language-save = Save language
language-saved = Your language is saved.
language-community-label = Default language of the community
language-community-hint = For people who chose no language and whose browser asks for none that convene speaks.
language-community-none = English (not chosen)
language-community-save = Save default language
