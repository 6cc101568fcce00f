using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Input;
using VicidialLeads.Policy;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>
    /// Reads whole leads with lead_all_info, by lead id or by phone number (both forms of a number that carried its
    /// country code). A record that splits into more fields than its header (a value held the delimiter) is asked
    /// again with the tab, then the csv delimiter, and only when every delimiter occurs is it placed field by field
    /// around the comments. With custom fields asked for, the real server fails with an empty HTTP 500 on a lead whose
    /// list has none: that lead is read again without them rather than retried.
    /// </summary>
    internal sealed class LeadAllInfoExecutor
    {
        private const string Function = LeadAllInfoRequest.Function;
        private static readonly LeadAllInfoStage[] FallbackStages = { LeadAllInfoStage.Tab, LeadAllInfoStage.Csv };
        private readonly ApiRequestRunner _runner;
        private readonly bool _customFields;
        private readonly int? _records;
        private readonly FieldByFieldReader _fieldByField;
        private readonly LeadIdFinder _leadIds;

        /// <param name="records">The most leads wanted per phone number, newest first; null for all of them.</param>
        public LeadAllInfoExecutor(ApiRequestRunner runner, bool customFields, int? records = null)
        {
            _runner = runner;
            _customFields = customFields;
            _records = records;
            _fieldByField = new FieldByFieldReader(runner);
            _leadIds = new LeadIdFinder(runner);
        }

        public async Task<LeadAllInfoOutcome> RunAsync(InputValue query, CancellationToken cancellation)
        {
            var outcome = new LeadAllInfoOutcome(query);
            if (query.Problem != null) return outcome;
            try
            {
                List<LeadBlock>? blocks = await ReadAllAsync(query, outcome, cancellation).ConfigureAwait(false);
                if (query.AlternateKey != null)
                {
                    List<LeadBlock>? alternate = await ReadAllAsync(query.AlternateForm(), outcome, cancellation).ConfigureAwait(false);
                    blocks = blocks is null ? alternate
                        : alternate is null ? blocks
                        : PhoneNumberForms.MergeNewestFirst(blocks, alternate, block => block.Record is null ? 0 : LeadAllInfoParser.LeadIdOf(block.Record));
                }
                if (blocks is null)
                {
                    outcome.Items.Add(LeadAllInfoItem.NotGiven(LeadAllInfoErrors.NotFound(query)));
                    return outcome;
                }
                Cap(query, blocks, outcome);
                foreach (LeadBlock block in blocks)
                {
                    outcome.Items.Add(block.Record != null
                        ? LeadAllInfoItem.Read(LeadAllInfoParser.ToLead(block.Record, query.Archived))
                        : LeadAllInfoItem.NotGiven(LeadAllInfoErrors.Unavailable(query, block.Error!, _runner.Client)));
                }
            }
            catch (VicidialLeadUnavailableException unavailable)
            {
                outcome.Items.Add(LeadAllInfoItem.NotGiven(unavailable));
            }
            catch (VicidialApiException failure)
            {
                outcome.Failed(failure);
            }
            return outcome;
        }

        /// <summary>
        /// Every lead of one form of the question. The server gives a phone number's newest 1,000 leads at most: when an
        /// answer has that many, the others are read by their ids (found with lead_search), up to the -Records cap.
        /// </summary>
        private async Task<List<LeadBlock>?> ReadAllAsync(InputValue query, LeadAllInfoOutcome outcome, CancellationToken cancellation)
        {
            List<LeadBlock>? blocks = await ReadAsync(query, _customFields, true, outcome, cancellation).ConfigureAwait(false);
            if (query.LeadId.HasValue || blocks is null || blocks.Count < LeadAllInfoRequest.PhoneLeadLimit)
            {
                outcome.LeadsFound += blocks?.Count ?? 0;
                return blocks;
            }
            long[] ids = await _leadIds.FindAsync(query, outcome.Log, cancellation).ConfigureAwait(false);
            outcome.LeadsFound += Math.Max(ids.Length, blocks.Count);
            var read = new HashSet<long>(blocks.ConvertAll(block => block.Record is null ? 0 : LeadAllInfoParser.LeadIdOf(block.Record)));
            outcome.Log.Add($"{Function}: phone number {query.Key} has {CountWording.Of(ids.Length, "lead")}, more than the {LeadAllInfoRequest.PhoneLeadLimit:N0} the server gives at once; reading the others by lead id.");
            foreach (long id in ids)
            {
                if (_records is int cap && blocks.Count >= cap) break;
                if (read.Contains(id)) continue;
                blocks.AddRange(await ReadAsync(InputValue.Lead(id, query.Archived, query.InputObject), _customFields, true, outcome, cancellation).ConfigureAwait(false)
                    ?? new List<LeadBlock>());
            }
            return blocks;
        }

        /// <summary>Keeps the newest -Records leads of a phone number, and says how many it has when that cuts them.</summary>
        private void Cap(InputValue query, List<LeadBlock> blocks, LeadAllInfoOutcome outcome)
        {
            if (!(_records is int cap) || query.LeadId.HasValue || outcome.LeadsFound <= cap) return;
            if (blocks.Count > cap)
                blocks.RemoveRange(cap, blocks.Count - cap);
            outcome.Warnings.Add($"{query.Describe} has {CountWording.Of(outcome.LeadsFound, "lead")}; -Records {cap:N0} returned the newest {cap:N0}. Leave out -Records to read them all.");
        }

        /// <summary>
        /// The leads of a question whose lead_all_info answer failed with an empty HTTP 500, as the real server's does when
        /// a lead holds a quote: a lead by its fields, a phone number's leads each by its id.
        /// </summary>
        private async Task<List<LeadBlock>?> ReadPastServerErrorAsync(InputValue query, LeadAllInfoOutcome outcome, CancellationToken cancellation)
        {
            if (query.LeadId is long leadId)
            {
                outcome.Log.Add($"{Function}: lead {leadId} failed with an empty HTTP 500, as the server does for a lead with a quote in a field; reading it field by field with lead_field_info.");
                FieldByFieldRead read;
                try
                {
                    read = await _fieldByField.ReadAsync(leadId, query.Archived, _customFields, outcome.Log, cancellation).ConfigureAwait(false);
                }
                catch (VicidialApiException failure) when (!ApiRequestRunner.IsStop(failure))
                {
                    throw LeadAllInfoErrors.Unreadable(leadId, failure);
                }
                if (read.CustomFieldsUnknown != null)
                {
                    outcome.Warnings.Add($"Lead {leadId} was read field by field (the server fails on a quote in it), without the custom fields of list {read.CustomFieldsUnknown}: " +
                        $"their names come from another lead of the list. Read a lead of list {read.CustomFieldsUnknown} in the same command to include them.");
                }
                return read.Block is null ? null : new List<LeadBlock> { read.Block };
            }
            outcome.Log.Add($"{Function}: phone number {query.Key} failed with an empty HTTP 500, as the server does when one of its leads holds a quote; reading its leads by lead id.");
            long[] ids = await _leadIds.FindAsync(query, outcome.Log, cancellation).ConfigureAwait(false);
            if (ids.Length == 0) return null;
            var blocks = new List<LeadBlock>(ids.Length);
            foreach (long id in ids)
            {
                if (_records is int cap && blocks.Count >= cap) break;
                blocks.AddRange(await ReadAsync(InputValue.Lead(id, query.Archived, query.InputObject), _customFields, true, outcome, cancellation).ConfigureAwait(false)
                    ?? new List<LeadBlock>());
            }
            return blocks;
        }

        /// <summary>
        /// The query's records (and any per-lead ERROR lines), or null when the server has no such lead. With
        /// <paramref name="emptyFailureMeansNoCustomFields"/>, an HTTP 500 to a custom-fields request is taken as the
        /// server's answer for a list without custom fields, not retried.
        /// </summary>
        private async Task<List<LeadBlock>?> ReadAsync(InputValue query, bool customFields, bool emptyFailureMeansNoCustomFields,
            LeadAllInfoOutcome outcome, CancellationToken cancellation)
        {
            List<LeadBlock>? blocks;
            try
            {
                blocks = await ReadBlocksAsync(query, customFields, LeadAllInfoStage.Pipe, outcome, cancellation).ConfigureAwait(false);
            }
            catch (VicidialTransportException failure) when (customFields && emptyFailureMeansNoCustomFields && IsEmptyServerError(failure))
            {
                outcome.Log.Add($"{Function}: {query.Describe} with custom fields failed with HTTP 500, as the server does for a lead whose list has no custom fields; reading the standard fields.");
                List<LeadBlock>? standard = await ReadAsync(query, false, false, outcome, cancellation).ConfigureAwait(false);
                if (standard is null) return null;
                // A lead of a list with custom fields is asked again by id, retried as usual; for the others the 500 meant "none".
                var withCustomFields = new List<LeadBlock>(standard.Count);
                foreach (LeadBlock block in standard)
                {
                    string entryListId = block.Record is null ? "0" : LeadAllInfoParser.Value(block.Record, "entry_list_id");
                    long leadId = block.Record is null ? 0 : LeadAllInfoParser.LeadIdOf(block.Record);
                    if (entryListId.Length == 0 || entryListId == "0" || leadId == 0 || block.ReadFieldByField ||
                        block.Record!.Names.Count > LeadAllInfoParser.StandardFields.Length)
                    {
                        withCustomFields.Add(block);
                        continue;
                    }
                    InputValue byId = InputValue.Lead(leadId, query.Archived, query.InputObject);
                    List<LeadBlock>? again = await ReadAsync(byId, true, false, outcome, cancellation).ConfigureAwait(false);
                    withCustomFields.Add(again is { Count: 1 } ? again[0] : block);
                }
                return withCustomFields;
            }
            catch (VicidialTransportException failure) when (IsEmptyServerError(failure))
            {
                return await ReadPastServerErrorAsync(query, outcome, cancellation).ConfigureAwait(false);
            }
            if (blocks is null) return null;

            foreach (LeadAllInfoStage stage in FallbackStages)
            {
                if (blocks.TrueForAll(b => b.Record != null || b.Error != null)) break;
                outcome.Log.Add($"{Function}: a value of {query.Describe} holds the field delimiter; asking again with stage={LeadAllInfoParser.StageName(stage)}.");
                List<LeadBlock>? again = await ReadBlocksAsync(query, customFields, stage, outcome, cancellation).ConfigureAwait(false);
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
            if (customFields)
            {
                foreach (LeadBlock block in blocks)
                {
                    if (block.Record != null) _fieldByField.Learn(block.Record);
                }
            }
            return blocks;
        }

        /// <summary>An HTTP 500 without a body: lead_all_info's answer for a lead it cannot log (a quote), or without custom fields.</summary>
        private static bool IsEmptyServerError(VicidialApiException failure) =>
            failure is VicidialTransportException { StatusCode: 500 } transport && string.IsNullOrEmpty(transport.Body);

        private Task<List<LeadBlock>?> ReadBlocksAsync(InputValue query, bool customFields, LeadAllInfoStage stage,
            LeadAllInfoOutcome outcome, CancellationToken cancellation)
        {
            IApiTransport client = _runner.Client;
            // An empty 500 is this lead's answer, not a fault to retry: the fallbacks above read what it withheld.
            return _runner.SendAsync(Function, LeadAllInfoRequest.Fields(query, customFields, stage), query.Describe,
                response => LeadAllInfoErrors.Parse(response.Body, stage, client),
                blocks => blocks is null ? "not found" : CountWording.Of(blocks.Count, "lead"), outcome.Log, cancellation,
                IsEmptyServerError);
        }
    }
}
