//! `/benefits` and `/api/benefits`: the benefit finder, as a page and as JSON. Parameters:
//! `beneficiary` (a label of `data/beneficiaries.toml`), `region` (a path or a place name),
//! `parents` (`1`: also the regions above and 全国, the default; `0`: only the region and the
//! places inside it; a form sends `0` then, when its box is ticked, `1` — the last wins),
//! `domain` (a canonical domain). Unknown labels and domains are refused with a message that
//! names the parameter and lists what is accepted.

use axum::extract::rejection::QueryRejection;
use axum::extract::Query;
use axum::response::{IntoResponse, Response};
use axum::Json;
use maud::Markup;

use crate::domain::Domain;
use crate::extract::benefits::vocabulary::VOCABULARY;
use crate::search::benefits::{self, BenefitResults, Profile};
use crate::search::SearchEngine;
use crate::server::blocking;
use crate::server::error::{ApiError, PageError};
use crate::server::html::pairs;
use crate::server::params::{self, RawParams};
use crate::{views, Error, Result};

/// Parses the profile; `None` when no field is given (the empty form).
pub fn profile(raw: &RawParams) -> Result<Option<Profile>> {
    let beneficiary = params::get(raw, "beneficiary").map(str::to_owned);
    if let Some(b) = &beneficiary {
        if VOCABULARY.label(b).is_none() {
            let known: Vec<&str> = VOCABULARY.label_names().collect();
            return Err(Error::invalid(
                "beneficiary",
                format!("未知的企业类型「{b}」,可选:{}", known.join("、")),
            ));
        }
    }
    let domain = params::get(raw, "domain").map(str::to_owned);
    if let Some(d) = &domain {
        if Domain::named(d).is_none() {
            let known: Vec<&str> = Domain::all().map(Domain::name).collect();
            return Err(Error::invalid(
                "domain",
                format!("未知的领域「{d}」,可选:{}", known.join("、")),
            ));
        }
    }
    let include_parents = match raw.iter().rev().find(|(k, _)| k == "parents") {
        None => true,
        Some((_, v)) => match v.trim() {
            "1" | "true" | "on" => true,
            "0" | "false" | "" => false,
            other => {
                return Err(Error::invalid(
                    "parents",
                    format!(
                        "「含上级政策」须为 1 或 0,收到「{}」",
                        crate::search::request::clip(other)
                    ),
                ))
            }
        },
    };
    let region = params::get(raw, "region").map(str::to_owned);
    if beneficiary.is_none() && region.is_none() && domain.is_none() {
        return Ok(None);
    }
    Ok(Some(Profile {
        beneficiary,
        region,
        include_parents,
        domain,
    }))
}

fn search(engine: &SearchEngine, mut profile: Profile) -> Result<BenefitResults> {
    if let Some(region) = &profile.region {
        profile.region = Some(engine.resolve_region(region));
    }
    benefits::search(engine, &profile)
}

/// `GET /benefits`.
pub async fn get_benefits(
    engine: SearchEngine,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Result<Markup, PageError> {
    let given = profile(&pairs(query)?)?;
    let regions = engine.region_paths();
    let Some(given) = given else {
        let empty = Profile {
            include_parents: true,
            ..Default::default()
        };
        return Ok(views::benefits::page(&empty, &regions, None));
    };
    let results = blocking(move || search(&engine, given)).await?;
    Ok(views::benefits::page(
        &results.profile,
        &regions,
        Some(&results),
    ))
}

/// `GET /api/benefits`: the same as JSON.
pub async fn get_api_benefits(
    engine: SearchEngine,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Result<Response, ApiError> {
    let given = profile(&pairs(query)?)?.ok_or_else(|| {
        Error::invalid(
            "beneficiary",
            "请提供企业类型、地区或领域,如 /api/benefits?beneficiary=小微企业&region=山东省/威海市",
        )
    })?;
    let results = blocking(move || search(&engine, given)).await?;
    Ok(Json(results).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::params::owned as raw;

    #[test]
    fn the_profile_is_read_and_checked() {
        assert_eq!(profile(&raw(&[])).unwrap(), None);
        let p = profile(&raw(&[
            ("beneficiary", "小微企业"),
            ("region", "山东省/威海市"),
            ("parents", "0"),
            ("parents", "1"),
        ]))
        .unwrap()
        .unwrap();
        assert!(p.include_parents && p.beneficiary.as_deref() == Some("小微企业"));
        let p = profile(&raw(&[("region", "威海"), ("parents", "0")]))
            .unwrap()
            .unwrap();
        assert!(!p.include_parents);
        let err = profile(&raw(&[("beneficiary", "大企业")]))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("beneficiary") && err.contains("小微企业"),
            "{err}"
        );
        assert!(profile(&raw(&[("domain", "x")])).is_err());
        assert!(profile(&raw(&[("beneficiary", "小微企业"), ("parents", "maybe")])).is_err());
    }
}
