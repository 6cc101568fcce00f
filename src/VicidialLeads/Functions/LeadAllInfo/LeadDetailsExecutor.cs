using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Policy;
using VicidialLeads.Protocol;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>
    /// Reads whole leads with lead_all_info. It asks with header=YES, so every record is framed by its header and a
    /// newline inside a value cannot split records; a record that splits into more fields than its header (a value
    /// held the delimiter) is asked again with the tab, then the csv delimiter, and only when every delimiter occurs
    /// is it placed field by field around the comments. With custom fields asked for, the real server fails with an
    /// empty HTTP 500 on a lead whose list has none: that lead is read again without them rather than retried.
    /// </summary>
    internal sealed class LeadDetailsExecutor
    {
        private const string Function = "lead_all_info";
        private static readonly LeadAllInfoStage[] FallbackStages = { LeadAllInfoStage.Tab, LeadAllInfoStage.Csv };
        private readonly ApiRequestRunner _runner;
        private readonly bool _customFields;

        public LeadDetailsExecutor(ApiRequestRunner runner, bool customFields)
        {
            _runner = runner;
            _customFields = customFields;
        }

        public async Task<LeadQueryOutcome> RunAsync(LeadQuery query, CancellationToken cancellation)
        {
            var outcome = new LeadQueryOutcome(query);
            if (query.Problem != null) return outcome;
            try
            {
                List<LeadBlock>? blocks = await ReadAsync(query, _customFields, true, outcome, cancellation).ConfigureAwait(false);
                if (query.AlternatePhoneNumber != null)
                    blocks = Merge(blocks, await ReadAsync(query.ForAlternatePhoneNumber(), _customFields, true, outcome, cancellation).ConfigureAwait(false));
                if (blocks is null)
                {
                    outcome.Items.Add(new VicidialLeadUnavailableException(VicidialLeadUnavailableReason.NotFound, NotFoundMessage(query),
                        query.Archived ? "Leave out -Archived to read the live lead table." : "If the lead was archived, read it with -Archived."));
                    return outcome;
                }
                foreach (LeadBlock block in blocks)
                    outcome.Items.Add(block.Record != null ? ToLead(block.Record, query.Archived) : Unavailable(query, block.Error!));
            }
            catch (VicidialApiException stop) when (ApiRequestRunner.IsStop(stop))
            {
                outcome.StoppingError = stop;
            }
            catch (VicidialLeadUnavailableException unavailable)
            {
                outcome.Items.Add(unavailable);
            }
            catch (VicidialApiException failure)
            {
                outcome.Error = failure;
            }
            return outcome;
        }

        /// <summary>The leads of a number in both its forms, newest (highest lead id) first; null when neither has any.</summary>
        private static List<LeadBlock>? Merge(List<LeadBlock>? first, List<LeadBlock>? second)
        {
            if (first is null) return second;
            if (second is null) return first;
            var all = new List<LeadBlock>(first);
            all.AddRange(second);
            // Each block's lead id is read once; error lines (id 0) stay after the leads, in their order (a stable sort).
            var keyed = new List<(long Id, int Order, LeadBlock Block)>(all.Count);
            for (int i = 0; i < all.Count; i++)
            {
                LeadBlock block = all[i];
                long id = block.Record != null && long.TryParse(Value(block.Record, "lead_id"), NumberStyles.None, CultureInfo.InvariantCulture, out long parsed) ? parsed : 0;
                keyed.Add((id, i, block));
            }
            keyed.Sort((a, b) => a.Id != b.Id ? b.Id.CompareTo(a.Id) : a.Order.CompareTo(b.Order));
            return keyed.ConvertAll(entry => entry.Block);
        }

        /// <summary>
        /// The query's records (and any per-lead ERROR lines), or null when the server has no such lead. With
        /// <paramref name="emptyFailureMeansNoCustomFields"/>, an HTTP 500 to a custom-fields request is taken as the
        /// server's answer for a list without custom fields, not retried.
        /// </summary>
        private async Task<List<LeadBlock>?> ReadAsync(LeadQuery query, bool customFields, bool emptyFailureMeansNoCustomFields,
            LeadQueryOutcome outcome, CancellationToken cancellation)
        {
            List<LeadBlock>? blocks;
            try
            {
                blocks = await ReadBlocksAsync(query, customFields, LeadAllInfoStage.Pipe, customFields && emptyFailureMeansNoCustomFields, outcome, cancellation).ConfigureAwait(false);
            }
            catch (VicidialTransportException failure) when (customFields && emptyFailureMeansNoCustomFields && failure.StatusCode == 500)
            {
                outcome.Log.Add($"{Function}: {query.Describe} with custom fields failed with HTTP 500, as the server does for a lead whose list has no custom fields; reading the standard fields.");
                List<LeadBlock>? standard = await ReadAsync(query, false, false, outcome, cancellation).ConfigureAwait(false);
                if (standard is null) return null;
                // A lead of a list with custom fields is asked again by id, retried as usual; for the others the 500 meant "none".
                var withCustomFields = new List<LeadBlock>(standard.Count);
                foreach (LeadBlock block in standard)
                {
                    string entryListId = block.Record is null ? "0" : Value(block.Record, "entry_list_id");
                    if (entryListId.Length == 0 || entryListId == "0")
                    {
                        withCustomFields.Add(block);
                        continue;
                    }
                    var byId = LeadQuery.ForLead(long.Parse(Value(block.Record!, "lead_id"), CultureInfo.InvariantCulture), query.Archived, query.InputObject);
                    List<LeadBlock>? again = await ReadAsync(byId, true, false, outcome, cancellation).ConfigureAwait(false);
                    withCustomFields.Add(again is { Count: 1 } ? again[0] : block);
                }
                return withCustomFields;
            }
            if (blocks is null) return null;

            foreach (LeadAllInfoStage stage in FallbackStages)
            {
                if (blocks.TrueForAll(b => b.Record != null || b.Error != null)) break;
                outcome.Log.Add($"{Function}: a value of {query.Describe} holds the field delimiter; asking again with stage={LeadAllInfoParser.StageName(stage)}.");
                List<LeadBlock>? again = await ReadBlocksAsync(query, customFields, stage, false, outcome, cancellation).ConfigureAwait(false);
                if (again is null || again.Count != blocks.Count)
                    throw new VicidialProtocolException($"The server's answers for {query.Describe} changed between two requests.");
                for (int i = 0; i < blocks.Count; i++)
                {
                    if (blocks[i].Record is null && again[i].Record != null)
                        blocks[i] = again[i];
                }
            }

            for (int i = 0; i < blocks.Count; i++)
            {
                if (blocks[i].Record != null || blocks[i].Error != null) continue;
                LeadRecord? record = LeadAllInfoParser.ResolveByComments(blocks[i].Header, blocks[i].Text, '|');
                if (record is null)
                    throw new VicidialProtocolException($"A value of {query.Describe} holds every delimiter the server offers, and the lead could not be read unambiguously.", isTransient: false);
                blocks[i] = new LeadBlock(blocks[i].Header, blocks[i].Text, record);
            }
            return blocks;
        }

        private Task<List<LeadBlock>?> ReadBlocksAsync(LeadQuery query, bool customFields, LeadAllInfoStage stage, bool emptyFailureIsAnswer,
            LeadQueryOutcome outcome, CancellationToken cancellation)
        {
            var fields = new List<KeyValuePair<string, string>>(6);
            fields.Add(query.LeadId.HasValue
                ? VicidialApiClient.Field("lead_id", query.LeadId.Value.ToString(CultureInfo.InvariantCulture))
                : VicidialApiClient.Field("phone_number", query.PhoneNumber!));
            fields.Add(VicidialApiClient.Field("header", "YES"));
            if (stage != LeadAllInfoStage.Pipe) fields.Add(VicidialApiClient.Field("stage", LeadAllInfoParser.StageName(stage)));
            if (customFields) fields.Add(VicidialApiClient.Field("custom_fields", "Y"));
            if (query.Archived) fields.Add(VicidialApiClient.Field("archived_lead", "Y"));

            return _runner.SendAsync<List<LeadBlock>?>(Function, fields, query.Describe,
                response => Parse(response.Body, stage),
                blocks => blocks is null ? "not found" : CountWording.Of(blocks.Count, "lead"), outcome.Log, cancellation,
                emptyFailureIsAnswer ? failure => failure is VicidialTransportException { StatusCode: 500 } : null);
        }

        private List<LeadBlock>? Parse(string body, LeadAllInfoStage stage)
        {
            // A one-line ERROR answer concerns the whole query; ERROR lines among records concern one lead each.
            bool oneLine = body.IndexOf('\n') == body.Length - 1;
            ServerErrorLine error = oneLine ? ServerErrorParser.Classify(body) : ServerErrorLine.None;
            if (error == ServerErrorLine.None)
                return LeadAllInfoParser.Parse(body, stage, _runner.Client.Redactor);
            if (error == ServerErrorLine.LeadNotFound)
                return null;
            if (IsNotVisible(body))
                throw new VicidialLeadUnavailableException(VicidialLeadUnavailableReason.NotVisible, NotVisibleMessage(body), NotVisibleAction);
            throw new VicidialProtocolException($"The server answered lead_all_info with an error: {ServerErrorParser.Reason(body, _runner.Client.Redactor)}.", isTransient: false);
        }

        private VicidialLeadUnavailableException Unavailable(LeadQuery query, string errorLine) =>
            ServerErrorParser.Classify(errorLine) == ServerErrorLine.LeadNotFound
                ? new VicidialLeadUnavailableException(VicidialLeadUnavailableReason.NotFound, $"The server did not give one lead of {query.Describe}: {ServerErrorParser.Reason(errorLine, _runner.Client.Redactor)}.")
                : IsNotVisible(errorLine)
                    ? new VicidialLeadUnavailableException(VicidialLeadUnavailableReason.NotVisible, NotVisibleMessage(errorLine), NotVisibleAction)
                    : throw new VicidialProtocolException($"The server printed an error among the leads of {query.Describe}: {ServerErrorParser.Reason(errorLine, _runner.Client.Redactor)}.", isTransient: false);

        private string NotFoundMessage(LeadQuery query)
        {
            string table = query.Archived ? " in the archive" : string.Empty;
            return query.LeadId.HasValue
                ? $"There is no lead {query.LeadId}{table}."
                : $"No lead{table} has phone number {query.PhoneNumber}.";
        }

        /// <summary>Errors about one lead's list (not about the user as a whole, which stop the work earlier).</summary>
        private static bool IsNotVisible(string errorLine) =>
            errorLine.IndexOf("LIST NOT FOUND", StringComparison.Ordinal) >= 0 ||
            errorLine.IndexOf("NOT ALLOWED", StringComparison.OrdinalIgnoreCase) >= 0 ||
            errorLine.IndexOf("PERMISSION", StringComparison.Ordinal) >= 0;

        private const string NotVisibleAction = "In the VICIdial admin, allow the API user's user group the campaign that holds the lead's list.";

        private string NotVisibleMessage(string errorLine) =>
            $"User '{_runner.Client.User}' may not see this lead's list: the server answered \"{ServerErrorParser.Reason(errorLine, _runner.Client.Redactor)}\". " +
            "In the VICIdial admin, the user's group must be allowed the campaign that holds the list.";

        private static VicidialLead ToLead(LeadRecord record, bool archived)
        {
            var standard = new Dictionary<string, string>(StringComparer.Ordinal);
            var custom = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < record.Names.Count; i++)
            {
                if (i < LeadAllInfoParser.StandardFields.Length) standard[record.Names[i]] = record.Values[i];
                else custom[record.Names[i]] = record.Values[i];
            }
            try
            {
                return new VicidialLead(standard, custom, archived);
            }
            catch (FormatException exception)
            {
                throw new VicidialProtocolException(exception.Message, isTransient: false);
            }
        }

        private static string Value(LeadRecord record, string name)
        {
            for (int i = 0; i < record.Names.Count; i++)
            {
                if (record.Names[i] == name) return record.Values[i];
            }
            return string.Empty;
        }
    }
}
