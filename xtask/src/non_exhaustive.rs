//! `#[non_exhaustive]` on every public struct and enum of the generated
//! `types` module: a property or enum value added to the spec then adds to
//! the types without breaking code that builds or matches them elsewhere
//! (progenitor has no setting for it).

use syn::visit_mut::{self, VisitMut};
use syn::{Attribute, Item, Visibility, parse_quote};

/// Marks the public types inside `mod types` (and its submodules).
pub fn mark(file: &mut syn::File) {
    for item in &mut file.items {
        if let Item::Mod(module) = item
            && module.ident == "types"
        {
            Mark.visit_item_mod_mut(module);
        }
    }
}

struct Mark;

fn add(vis: &Visibility, attrs: &mut Vec<Attribute>) {
    let public = matches!(vis, Visibility::Public(_));
    let marked = attrs.iter().any(|a| a.path().is_ident("non_exhaustive"));
    if public && !marked {
        attrs.push(parse_quote!(#[non_exhaustive]));
    }
}

impl VisitMut for Mark {
    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        add(&item.vis, &mut item.attrs);
        visit_mut::visit_item_struct_mut(self, item);
    }

    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        add(&item.vis, &mut item.attrs);
        visit_mut::visit_item_enum_mut(self, item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_types_in_types_are_marked_once() {
        let mut file: syn::File = parse_quote! {
            pub struct Client;
            pub mod types {
                pub struct A { pub x: i64 }
                #[non_exhaustive]
                pub enum B { X }
                struct Private;
                pub mod builder { pub struct A { x: i64 } }
            }
        };
        mark(&mut file);
        let text = prettyplease::unparse(&file);
        assert_eq!(text.matches("#[non_exhaustive]").count(), 3, "{text}");
        assert!(text.starts_with("pub struct Client;"), "{text}");
    }
}
