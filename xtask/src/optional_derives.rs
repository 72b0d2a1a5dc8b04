//! Derives that downstream crates opt into: progenitor puts every extra
//! derive on every type unconditionally, so the ones behind a cargo feature
//! are moved into `#[cfg_attr(feature = ..., derive(..))]` here.

use syn::visit_mut::{self, VisitMut};
use syn::{Attribute, Meta, Path, Token, parse_quote, punctuated::Punctuated};

use crate::settings::OPTIONAL_DERIVES;

/// Rewrites every `#[derive(.., X, ..)]` whose `X` is an optional derive.
pub fn gate(file: &mut syn::File) {
    Gate.visit_file_mut(file);
}

struct Gate;

impl VisitMut for Gate {
    fn visit_attributes_mut(&mut self, attrs: &mut Vec<Attribute>) {
        let mut gated = Vec::new();
        for attr in attrs.iter_mut() {
            if !attr.path().is_ident("derive") {
                continue;
            }
            let Meta::List(list) = &mut attr.meta else {
                continue;
            };
            let Ok(paths) = list.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
            else {
                continue;
            };
            let (optional, kept): (Vec<Path>, Vec<Path>) = paths.into_iter().partition(|path| {
                OPTIONAL_DERIVES
                    .iter()
                    .any(|(derive, _)| path_text(path) == *derive)
            });
            if optional.is_empty() {
                continue;
            }
            let kept: Punctuated<Path, Token![,]> = kept.into_iter().collect();
            list.tokens = parse_quote!(#kept);
            for path in optional {
                let feature = OPTIONAL_DERIVES
                    .iter()
                    .find(|(derive, _)| path_text(&path) == *derive)
                    .map(|(_, feature)| *feature)
                    .unwrap_or_default();
                gated.push(parse_quote!(#[cfg_attr(feature = #feature, derive(#path))]));
            }
        }
        attrs.extend(gated);
    }

    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        self.visit_attributes_mut(&mut item.attrs);
        visit_mut::visit_item_struct_mut(self, item);
    }

    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        self.visit_attributes_mut(&mut item.attrs);
        visit_mut::visit_item_enum_mut(self, item);
    }
}

fn path_text(path: &Path) -> String {
    path.segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_optional_derive_moves_behind_its_feature() {
        let mut file: syn::File = parse_quote! {
            #[derive(Clone, schemars::JsonSchema, Debug)]
            pub struct A;
            #[derive(Clone)]
            pub enum B { X }
        };
        gate(&mut file);
        let text = prettyplease::unparse(&file);
        assert!(text.contains("#[derive(Clone, Debug)]"), "{text}");
        assert!(
            text.contains(r#"#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]"#),
            "{text}"
        );
        assert_eq!(text.matches("cfg_attr").count(), 1, "{text}");
    }
}
