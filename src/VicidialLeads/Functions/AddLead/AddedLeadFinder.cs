using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Functions.LeadAllInfo;
using VicidialLeads.Functions.LeadSearch;
using VicidialLeads.Functions.Version;
using VicidialLeads.Input;
using VicidialLeads.Policy;
using VicidialLeads.Protocol;

namespace VicidialLeads.Functions.AddLead
{
    /// <summary>
    /// Finds out whether an add_lead whose answer was lost inserted its lead, so that it is never sent twice (50b: a resent
    /// add is a second lead). It reads the number's leads in the list (lead_search, newest first) and takes the newest one
    /// that holds every value sent, as the server stores it, and whose last_local_call_time (which add_lead sets to the
    /// insert time) is no earlier than the request: the server's clock is read from function=version, so the two
    /// computers' clocks need not agree. Leads this run already reported are not taken again.
    /// </summary>
    internal sealed class AddedLeadFinder
    {
        /// <summary>last_local_call_time has whole seconds, and the version answer too.</summary>
        private static readonly TimeSpan Slack = TimeSpan.FromSeconds(2);

        /// <summary>The newest leads of a number read at most: a lead just added is the newest but for concurrent loads.</summary>
        private const int MaximumLeadsRead = 20;

        private readonly ApiRequestRunner _runner;
        private readonly NonLatinSetting _nonLatin;

        public AddedLeadFinder(ApiRequestRunner runner, NonLatinSetting nonLatin)
        {
            _runner = runner;
            _nonLatin = nonLatin;
        }

        /// <summary>The lead the request made, or null when the list holds none (it was not added).</summary>
        /// <param name="sentAgo">How long ago the request was sent, by this computer's clock.</param>
        /// <param name="taken">Leads already reported for other rows of the run.</param>
        public async Task<long?> FindAsync(LeadToAdd lead, TimeSpan sentAgo, Func<long, bool> taken, List<string> log, CancellationToken cancellation)
        {
            DateTime serverNow = await ServerNowAsync(log, cancellation).ConfigureAwait(false);
            DateTime sentAt = serverNow - sentAgo - Slack;
            string key = lead.Phone.Key!;
            var options = new LeadSearchOptions(MaximumLeadsRead, false, LeadSearchMethod.PhoneNumber, LeadSearchScope.List,
                long.Parse(lead.ListId, NumberStyles.None, CultureInfo.InvariantCulture));
            long[] ids = await _runner.SendAsync(LeadSearchRequest.Function, LeadSearchRequest.Fields(options, key, MaximumLeadsRead), $"{key} in list {lead.ListId}",
                response => LeadSearchResponseParser.Parse(response.Body, new[] { key }, _runner.Client.Redactor).LeadIdsByKey[key],
                found => $"{found.Length} lead(s)", log, cancellation).ConfigureAwait(false);
            var newestFirst = new List<long>(ids);
            newestFirst.Sort((a, b) => b.CompareTo(a));
            foreach (long leadId in newestFirst)
            {
                if (taken(leadId)) continue;
                Dictionary<string, string>? stored = await LeadValuesReader.ReadAsync(_runner, leadId, false, log, cancellation).ConfigureAwait(false);
                if (stored != null && Holds(stored, lead, sentAt))
                    return leadId;
            }
            return null;
        }

        private async Task<DateTime> ServerNowAsync(List<string> log, CancellationToken cancellation)
        {
            ServerVersion version = await _runner.SendAsync("version", Array.Empty<KeyValuePair<string, string>>(), "the server's clock",
                response => VersionResponseParser.TryParse(response.Body, out ServerVersion? read) && read!.Now.HasValue ? read
                    : throw new VicidialProtocolException("The server's version answer gave no date and time, so a lost add_lead answer cannot be checked."),
                read => $"{read.Now:yyyy-MM-dd HH:mm:ss}", log, cancellation).ConfigureAwait(false);
            return version.Now!.Value;
        }

        /// <summary>Whether the stored lead is the one sent: same list, number and values, made no earlier than the request.</summary>
        private bool Holds(Dictionary<string, string> stored, LeadToAdd lead, DateTime sentAt)
        {
            if (Value(stored, "list_id") != lead.ListId || Value(stored, "phone_number") != lead.Phone.Key) return false;
            if (!ServerTime.TryRead(Value(stored, "last_local_call_time"), out DateTime? made) || !made.HasValue || made.Value < sentAt) return false;
            foreach (KeyValuePair<LeadField, string> value in lead.Fields)
            {
                string now = Value(stored, value.Key.ApiName);
                // Until the setting is learned, both forms are the lead's.
                if (now != LeadValueCleaner.Predict(value.Key, value.Value, _nonLatin.IsOn) &&
                    (_nonLatin.IsKnown || now != LeadValueCleaner.Predict(value.Key, value.Value, true)))
                    return false;
            }
            return true;
        }

        private static string Value(Dictionary<string, string> stored, string name) => stored.TryGetValue(name, out string? value) ? value : string.Empty;
    }
}
