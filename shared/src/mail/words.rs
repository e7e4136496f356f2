//! The emails' words in each language, from the catalogs the pages share
//! (`web/locales/{locale}.ftl`, Fluent), and times in words.

use crate::domain::{Locale, TimeZone};
use chrono::DateTime;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::sync::OnceLock;

/// Each language's catalog, built into the binary.
fn catalog(locale: Locale) -> &'static str {
    match locale {
        Locale::En => include_str!("../../../web/locales/en.ftl"),
        Locale::Es => include_str!("../../../web/locales/es.ftl"),
        Locale::Fr => include_str!("../../../web/locales/fr.ftl"),
        Locale::De => include_str!("../../../web/locales/de.ftl"),
        Locale::PtBr => include_str!("../../../web/locales/pt-BR.ftl"),
    }
}

/// One language's messages.
pub struct Words {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
}

impl Words {
    /// `locale`'s words, parsed the first time a process asks for them.
    pub fn of(locale: Locale) -> &'static Words {
        static WORDS: [OnceLock<Words>; 5] = [const { OnceLock::new() }; 5];
        let i = Locale::ALL
            .iter()
            .position(|l| *l == locale)
            .expect("every locale is in ALL");
        WORDS[i].get_or_init(|| Words::parse(locale))
    }

    fn parse(locale: Locale) -> Words {
        // The catalogs are part of the build, and a test parses every one.
        let resource =
            FluentResource::try_new(catalog(locale).to_owned()).expect("the catalog parses");
        let language = locale.as_str().parse().expect("a locale is a language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        // Fluent wraps each placeable in bidi isolation marks by default; the
        // languages here are all written left to right, and the marks show
        // as stray boxes in some plain-text mail clients.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .expect("no message twice in a catalog");
        Words { locale, bundle }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Message `id` with `args` filled in; English's when this language
    /// lacks it (a test holds every language to English's messages).
    pub fn say(&self, id: &str, args: &[(&str, &str)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return match self.locale {
                Locale::En => id.to_owned(),
                _ => Words::of(Locale::En).say(id, args),
            };
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, *value);
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// The moment `at` (Unix seconds) in words, in `zone`, with the place
    /// it is told in: "Monday 8 December, 9:29 PM (New York)".
    pub fn when(&self, at: i64, zone: &TimeZone) -> String {
        let tz: chrono_tz::Tz = zone.as_str().parse().unwrap_or(chrono_tz::UTC);
        let time = DateTime::from_timestamp(at, 0)
            .unwrap_or_default()
            .with_timezone(&tz);
        let (pattern, locale) = match self.locale {
            Locale::En => ("%A %-d %B, %-I:%M %p", chrono::Locale::en_US),
            Locale::Es => ("%A, %-d de %B, %H:%M", chrono::Locale::es_ES),
            Locale::Fr => ("%A %-d %B à %H:%M", chrono::Locale::fr_FR),
            Locale::De => ("%A, %-d. %B, %H:%M Uhr", chrono::Locale::de_DE),
            Locale::PtBr => ("%A, %-d de %B, %H:%M", chrono::Locale::pt_BR),
        };
        format!(
            "{} ({})",
            time.format_localized(pattern, locale),
            place(zone)
        )
    }
}

/// Where a time zone's time is told: its city, as the tz database names it
/// ("America/New_York": New York), or the zone itself (UTC).
fn place(zone: &TimeZone) -> String {
    let name = zone.as_str();
    name.rsplit('/').next().unwrap_or(name).replace('_', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use std::collections::{BTreeMap, BTreeSet};

    /// The variables `pattern` uses.
    fn variables<'s>(pattern: &Pattern<&'s str>, into: &mut BTreeSet<&'s str>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_variables(expression, into);
            }
        }
    }

    fn expression_variables<'s>(expression: &Expression<&'s str>, into: &mut BTreeSet<&'s str>) {
        let inline = match expression {
            Expression::Inline(inline) => inline,
            Expression::Select { selector, variants } => {
                for variant in variants {
                    variables(&variant.value, into);
                }
                selector
            }
        };
        match inline {
            InlineExpression::VariableReference { id } => {
                into.insert(id.name);
            }
            InlineExpression::Placeable { expression } => expression_variables(expression, into),
            _ => {}
        }
    }

    /// Each message of `locale`'s catalog, with the variables it uses.
    fn messages(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
        let resource =
            fluent_syntax::parser::parse(catalog(locale)).unwrap_or_else(|(_, errors)| {
                panic!("{}.ftl does not parse: {errors:?}", locale.as_str())
            });
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(m) => {
                    let mut used = BTreeSet::new();
                    if let Some(value) = &m.value {
                        variables(value, &mut used);
                    }
                    Some((
                        m.id.name.to_owned(),
                        used.into_iter().map(str::to_owned).collect(),
                    ))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_language_has_english_s_messages_with_the_same_placeholders() {
        let english = messages(Locale::En);
        for locale in &Locale::ALL[1..] {
            let theirs = messages(*locale);
            let missing: Vec<_> = english
                .keys()
                .filter(|id| !theirs.contains_key(*id))
                .collect();
            let extra: Vec<_> = theirs
                .keys()
                .filter(|id| !english.contains_key(*id))
                .collect();
            assert!(
                missing.is_empty(),
                "{}.ftl lacks {missing:?}",
                locale.as_str()
            );
            assert!(
                extra.is_empty(),
                "{}.ftl has {extra:?}, which en.ftl has not",
                locale.as_str()
            );
            for (id, used) in &english {
                assert_eq!(&theirs[id], used, "{id} in {}.ftl", locale.as_str());
            }
        }
    }

    #[test]
    fn every_catalog_loads_into_a_bundle() {
        for locale in Locale::ALL {
            let words = Words::parse(*locale);
            assert_eq!(words.locale(), *locale);
            assert!(!words.say("email-invitation-button", &[]).is_empty());
        }
    }

    #[test]
    fn a_message_is_filled_in_without_isolation_marks() {
        let said = Words::of(Locale::Fr).say(
            "email-from",
            &[("inviter", "jo@x.com"), ("account", "Acme")],
        );
        assert_eq!(said, "jo@x.com via Acme");
    }

    #[test]
    fn times_are_in_words_in_the_zone_with_its_place() {
        // 2026-12-09T02:29:00Z is Tuesday 8 December, 9:29 PM in New York.
        let at = 1_796_783_340;
        let zone = TimeZone::parse("America/New_York").unwrap();
        let said = |l| Words::of(l).when(at, &zone);
        assert_eq!(said(Locale::En), "Tuesday 8 December, 9:29 PM (New York)");
        assert_eq!(said(Locale::Fr), "mardi 8 décembre à 21:29 (New York)");
        assert_eq!(
            said(Locale::De),
            "Dienstag, 8. Dezember, 21:29 Uhr (New York)"
        );
        assert_eq!(said(Locale::Es), "martes, 8 de diciembre, 21:29 (New York)");
        assert_eq!(said(Locale::PtBr), "terça, 8 de dezembro, 21:29 (New York)");
        assert_eq!(
            Words::of(Locale::En).when(at, &TimeZone::default()),
            "Wednesday 9 December, 2:29 AM (UTC)"
        );
    }
}
