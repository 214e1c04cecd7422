//! The Fluent words of one language, rendered the way the app renders them, for the tools
//! that print content for people to check (`review-pack`, `translations`).

use std::path::{Path, PathBuf};

use assessment::Perspective;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

/// The name put where a message names the person helped (`$name`).
pub const SAMPLE_NAME: &str = "Alex";

pub struct Words {
    pub tag: String,
    /// The text of each `.ftl` file, in file-name order.
    pub sources: Vec<String>,
    bundle: FluentBundle<FluentResource>,
}

/// The `.ftl` files of one locale folder, in file-name order.
pub fn ftl_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: cannot be read: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    Ok(files)
}

impl Words {
    /// Every `.ftl` file in `locales/<tag>/`.
    pub fn read(locales: &Path, tag: &str) -> Result<Words, String> {
        let dir = locales.join(tag);
        let langid: unic_langid::LanguageIdentifier =
            tag.parse().map_err(|e| format!("\"{tag}\" is not a language tag: {e}"))?;
        let mut bundle = FluentBundle::new(vec![langid]);
        // As the app: no bidi isolation marks around placeables (they would show in print).
        bundle.set_use_isolating(false);
        let mut sources = Vec::new();
        for file in ftl_files(&dir)? {
            let text =
                std::fs::read_to_string(&file).map_err(|e| format!("{}: cannot be read: {e}", file.display()))?;
            sources.push(text.clone());
            let resource = FluentResource::try_new(text)
                .map_err(|(_, e)| format!("{}: the Fluent file does not parse: {e:?}", file.display()))?;
            bundle.add_resource(resource).map_err(|e| format!("{}: {e:?}", file.display()))?;
        }
        Ok(Words { tag: tag.to_string(), sources, bundle })
    }

    /// `reference` is `id` or `id.attribute`, rendered with these arguments. A missing message
    /// or a rendering error is an `Err` naming the reference.
    pub fn render_args(&self, reference: &str, args: &FluentArgs) -> Result<String, String> {
        let (id, attr) = reference.split_once('.').map_or((reference, None), |(m, a)| (m, Some(a)));
        let msg = self.bundle.get_message(id).ok_or_else(|| format!("{}: no message {id}", self.tag))?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a).map(|a| a.value()),
            None => msg.value(),
        }
        .ok_or_else(|| format!("{}: no {reference}", self.tag))?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors).into_owned();
        if errors.is_empty() {
            Ok(text)
        } else {
            Err(format!("{}: {reference}: {errors:?}", self.tag))
        }
    }

    /// As the app shows it to someone in `perspective` (with [`SAMPLE_NAME`] as `$name`).
    pub fn render(&self, reference: &str, perspective: Perspective) -> Result<String, String> {
        let mut args = FluentArgs::new();
        args.set("perspective", perspective.as_str());
        args.set("name", SAMPLE_NAME);
        self.render_args(reference, &args)
    }
}
