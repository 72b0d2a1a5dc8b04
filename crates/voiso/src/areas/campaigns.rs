//! Dialer campaigns: list, get (`campaigns.read`), pause and add leads
//! (`campaigns.manage`).

use std::future::Future;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use voiso_api::{Operation, limits, types};

use crate::client::{ApiResult, Deadline, Inner};
use crate::error::Error;
use crate::ids::{CampaignId, IntoId};
use crate::model::{Campaign, CampaignStatus, Lead};
use crate::pacing::Limiter;
use crate::paging::{List, OffsetList};
use crate::runtime::{Call, Marks, ReadBack, ReadWhy, Strategy, WriteStop};

/// The most leads one request may carry (Voiso's documented limit: the
/// spec's `maxItems` for the request body).
pub const MAX_LEADS: usize = limits::LEADS_IMPORT_REQUEST_MAX_ITEMS;

/// The lowest priority a lead may have (the spec's `minimum`).
pub const LEAD_PRIORITY_MIN: i64 = limits::LEAD_PRIORITY_MINIMUM;
/// The highest priority a lead may have (the spec's `maximum`; lower
/// numbers are dialled first).
pub const LEAD_PRIORITY_MAX: i64 = limits::LEAD_PRIORITY_MAXIMUM;

/// How long Voiso wants between two imports into one campaign (documented:
/// "wait at least 2 s after one completes").
pub const IMPORT_SPACING: Duration = Duration::from_secs(2);

area! {
    /// Campaigns of one client: see [`Client::campaigns`](crate::Client::campaigns).
    Campaigns
}

impl crate::client::Client {
    /// Dialer campaigns: list, get, pause, add leads.
    pub fn campaigns(&self) -> Campaigns {
        Campaigns::new(self.clone())
    }
}

impl Campaigns {
    /// Lists campaigns.
    pub fn list(&self) -> ListCampaigns {
        List::new(self.client.clone(), CampaignFilters::default())
    }

    /// Gets one campaign.
    pub async fn get(&self, id: impl IntoId<CampaignId>) -> Result<Campaign, Error> {
        let id = id.into_id()?;
        let inner = &self.client.inner;
        get(inner, id, inner.deadline()).await
    }

    /// Pauses an active campaign, and says whether this call paused it or
    /// found it paused already.
    ///
    /// Exactly once, also when Voiso acts and its answer is lost: the next
    /// step after a lost answer is a read of the campaign (after the
    /// client's [`settle_interval`](crate::ClientBuilder::settle_interval)),
    /// never a blind resend, and a 409 is read too: a campaign `paused` or
    /// `pausing` is [`Paused::Already`] (or [`Paused::Now`] when it was our
    /// own lost attempt); one in any other state (a draft) cannot be paused:
    /// [`Error::NotAllowed`] naming its status.
    pub async fn pause(&self, id: impl IntoId<CampaignId>) -> Result<Paused, Error> {
        let id = id.into_id()?;
        let inner = &self.client.inner;
        let key = id.to_string();
        let call = Call {
            op: Operation::PauseCampaign.into(),
            key: Some(&key),
            deadline: inner.deadline(),
            gate: None,
        };
        let mut write = Pause {
            id,
            marks: Marks::default(),
        };
        inner
            .run(&call, &mut write, |api| {
                api.pause_campaign().campaign_id(id.get()).send()
            })
            .await
            .map_err(WriteStop::into_error)
    }

    /// Adds up to 1,000 leads to a campaign and says which were created,
    /// rejected or already there.
    ///
    /// The leads are checked first (1 to 1,000 of them, phone numbers of
    /// digits, priority 1 to 1,000): a bad one is [`Error::InvalidLead`]
    /// naming its index, and nothing is sent. Resending is safe, since leads
    /// already created come back as duplicates: after a lost answer the
    /// request is sent again until it is answered or the operation's
    /// deadline ends, and the result's [`resent`](LeadsAdded::resent) says
    /// when that happened. A 409 (an import still under way) is waited out,
    /// 2 s at a time, within the deadline.
    pub async fn add_leads(
        &self,
        id: impl IntoId<CampaignId>,
        leads: Vec<Lead>,
    ) -> Result<LeadsAdded, Error> {
        let id = id.into_id()?;
        check_leads(&leads)?;
        let body = types::LeadsImportRequest::from(wire_leads(&leads)?);
        let inner = &self.client.inner;
        let key = id.to_string();
        let call = Call {
            op: Operation::AddCampaignLeads.into(),
            key: Some(&key),
            deadline: inner.deadline(),
            gate: None,
        };
        inner
            .run(&call, &mut AddLeads(Marks::default()), |api| {
                api.add_campaign_leads()
                    .campaign_id(id.get())
                    .body(body.clone())
                    .send()
            })
            .await
            .map_err(WriteStop::into_error)
    }
}

/// What [`Campaigns::pause`] did.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Paused {
    /// This call paused it (its answer, or a read after the answer was lost).
    Now(Campaign),
    /// It was paused (or pausing) already: nothing was changed.
    Already(Campaign),
}

impl Paused {
    /// The campaign as last seen.
    pub fn campaign(&self) -> &Campaign {
        match self {
            Paused::Now(campaign) | Paused::Already(campaign) => campaign,
        }
    }
}

/// The pause's part in the generic loop: how to read it back.
struct Pause {
    id: CampaignId,
    marks: Marks,
}

impl Strategy<types::PausedCampaign> for Pause {
    type Output = Paused;

    fn accepted(&mut self, answer: types::PausedCampaign, _: bool) -> Result<Paused, Error> {
        Ok(Paused::Now(match answer {
            types::PausedCampaign::Wrapped(envelope) => envelope.campaign.into(),
            types::PausedCampaign::Bare(campaign) => campaign.into(),
            // The generated enum is open to shapes a later spec adds.
            _ => {
                return Err(Error::Decode {
                    status: http::StatusCode::OK,
                    what: "a paused campaign in a shape this version of voiso does not know".into(),
                });
            }
        }))
    }

    fn marks(&mut self) -> &mut Marks {
        &mut self.marks
    }

    async fn read_back(
        &mut self,
        inner: &Inner,
        _gate: Option<&Arc<Limiter>>,
        deadline: Deadline,
        why: ReadWhy,
    ) -> Result<ReadBack<Paused>, Error> {
        let campaign = get(inner, self.id, deadline).await?;
        let ours = self.marks.lost || why == ReadWhy::Unreadable;
        Ok(match (campaign.status.is_paused(), why) {
            (true, _) if ours => ReadBack::Done(Paused::Now(campaign)),
            (true, _) => ReadBack::Done(Paused::Already(campaign)),
            (false, ReadWhy::Conflict) => ReadBack::Refused(Error::NotAllowed {
                what: format!("campaign {} ({}) cannot be paused", self.id, campaign.name),
                state: campaign.status.to_string(),
            }),
            (false, _) => ReadBack::Send,
        })
    }
}

/// Adding leads: a resend is safe, and its duplicates are our own.
struct AddLeads(Marks);

impl Strategy<types::LeadsImportEnvelope> for AddLeads {
    type Output = LeadsAdded;

    fn accepted(
        &mut self,
        answer: types::LeadsImportEnvelope,
        resent: bool,
    ) -> Result<LeadsAdded, Error> {
        let import = answer.leads_import;
        Ok(LeadsAdded {
            created: import.created,
            rejected: import.rejected,
            duplicates: import.duplicates,
            resent,
        })
    }

    fn marks(&mut self) -> &mut Marks {
        &mut self.0
    }

    fn busy_spacing(&self) -> Duration {
        IMPORT_SPACING
    }
}

async fn get(inner: &Inner, id: CampaignId, deadline: Deadline) -> Result<Campaign, Error> {
    let key = id.to_string();
    let envelope = inner
        .call(Operation::GetCampaign, Some(&key), None, deadline, |api| {
            api.get_campaign().campaign_id(id.get()).send()
        })
        .await?;
    Ok(envelope.campaign.into())
}

/// What [`Campaigns::add_leads`] did, by phone number.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct LeadsAdded {
    /// Created now.
    pub created: Vec<String>,
    /// Refused (an invalid number).
    pub rejected: Vec<String>,
    /// Already in the campaign.
    pub duplicates: Vec<String>,
    /// The request was sent again after an answer was lost: a duplicate may
    /// have been created by the lost attempt, i.e. by this call.
    pub resent: bool,
}

/// The leads as the generated request type, which checks them against the
/// spec once more (its pattern, its bounds).
fn wire_leads(leads: &[Lead]) -> Result<Vec<types::Lead>, Error> {
    leads
        .iter()
        .enumerate()
        .map(|(index, lead)| {
            serde_json::to_value(lead)
                .and_then(serde_json::from_value)
                .map_err(|e| Error::InvalidLead {
                    index,
                    reason: e.to_string(),
                })
        })
        .collect()
}

fn check_leads(leads: &[Lead]) -> Result<(), Error> {
    if leads.is_empty() || leads.len() > MAX_LEADS {
        return Err(Error::InvalidArgument(format!(
            "add 1 to {MAX_LEADS} leads per call, not {}: split the list",
            leads.len()
        )));
    }
    for (index, lead) in leads.iter().enumerate() {
        let phone = lead.phone_number.as_str();
        let (low, high) = (LEAD_PRIORITY_MIN, LEAD_PRIORITY_MAX);
        // The spec's pattern for it is `^[0-9]+$` (a test pins it).
        let reason = if phone.is_empty() || !phone.bytes().all(|b| b.is_ascii_digit()) {
            Some("its phone_number must be digits only, with the country code and no `+`".into())
        } else {
            match lead.priority.map(|p| i64::from(p.get())) {
                Some(p) if !(low..=high).contains(&p) => {
                    Some(format!("its priority must be {low} to {high}, not {p}"))
                }
                _ => None,
            }
        };
        if let Some(reason) = reason {
            return Err(Error::InvalidLead { index, reason });
        }
    }
    Ok(())
}

/// A list of campaigns: see [`List`]; filters below.
pub type ListCampaigns = List<CampaignList>;

/// The campaign list, as the generic pager sees it.
#[derive(Debug)]
pub struct CampaignList;

/// The filters of [`ListCampaigns`].
#[derive(Debug, Clone, Default)]
pub struct CampaignFilters {
    name: Option<String>,
    status: Option<CampaignStatus>,
    strategy: Option<String>,
    method: Option<String>,
    live: Option<bool>,
}

impl OffsetList for CampaignList {
    type Item = Campaign;
    type Filters = CampaignFilters;
    type Response = types::CampaignList;
    type Key = CampaignId;
    const OPERATION: Operation = Operation::ListCampaigns;

    fn send(
        api: &voiso_api::Client,
        f: &CampaignFilters,
        limit: NonZeroU32,
        offset: i64,
    ) -> impl Future<Output = ApiResult<Self::Response>> + Send {
        let mut request = api.list_campaigns().limit(limit).offset(offset);
        if let Some(v) = &f.name {
            request = request.name(v.clone());
        }
        if let Some(v) = &f.status {
            request = request.status(v.as_str().to_string());
        }
        if let Some(v) = &f.strategy {
            request = request.strategy(v.clone());
        }
        if let Some(v) = &f.method {
            request = request.method(v.clone());
        }
        if let Some(v) = f.live {
            request = request.live(v);
        }
        request.send()
    }

    fn page(list: Self::Response) -> (Vec<Campaign>, i64) {
        let items = list.campaigns.into_iter().map(Campaign::from).collect();
        (items, list.metadata.total)
    }

    fn key(campaign: &Campaign) -> CampaignId {
        campaign.id
    }
}

impl List<CampaignList> {
    /// Only campaigns whose name matches (Voiso: "typically a partial match").
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.filters.name = Some(name.into());
        self
    }

    /// Only campaigns in this state.
    pub fn status(mut self, status: CampaignStatus) -> Self {
        self.filters.status = Some(status);
        self
    }

    /// Only campaigns with this strategy (`simple`, `predictive_ai`, ...).
    pub fn strategy(mut self, strategy: impl Into<String>) -> Self {
        self.filters.strategy = Some(strategy.into());
        self
    }

    /// Only campaigns with this dialing method.
    pub fn method(mut self, method: impl Into<String>) -> Self {
        self.filters.method = Some(method.into());
        self
    }

    /// Only campaigns with live enabled (or not).
    pub fn live(mut self, live: bool) -> Self {
        self.filters.live = Some(live);
        self
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_phone_check_is_the_specs_pattern() {
        // `check_leads` checks digits by hand: if the spec's pattern for a
        // lead's phone number changes, that check must change with it.
        assert_eq!(voiso_api::limits::LEAD_PHONE_NUMBER_PATTERN, "^[0-9]+$");
    }
}
