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

        public LeadAllInfoExecutor(ApiRequestRunner runner, bool customFields)
        {
            _runner = runner;
            _customFields = customFields;
        }

        public async Task<LeadAllInfoOutcome> RunAsync(InputValue query, CancellationToken cancellation)
        {
            var outcome = new LeadAllInfoOutcome(query);
            if (query.Problem != null) return outcome;
            try
            {
                List<LeadBlock>? blocks = await ReadAsync(query, _customFields, true, outcome, cancellation).ConfigureAwait(false);
                if (query.AlternateKey != null)
                {
                    List<LeadBlock>? alternate = await ReadAsync(query.AlternateForm(), _customFields, true, outcome, cancellation).ConfigureAwait(false);
                    blocks = blocks is null ? alternate
                        : alternate is null ? blocks
                        : PhoneNumberForms.MergeNewestFirst(blocks, alternate, block => block.Record is null ? 0 : LeadAllInfoParser.LeadIdOf(block.Record));
                }
                if (blocks is null)
                {
                    outcome.Items.Add(LeadAllInfoItem.NotGiven(LeadAllInfoErrors.NotFound(query)));
                    return outcome;
                }
                foreach (LeadBlock block in blocks)
                {
                    outcome.Items.Add(block.Record != null
                        ? LeadAllInfoItem.Read(LeadAllInfoParser.ToLead(block.Record, query.Archived))
                        : LeadAllInfoItem.NotGiven(LeadAllInfoErrors.Unavailable(query, block.Error!, _runner.Client)));
                }
            }
            catch (VicidialApiException stop) when (ApiRequestRunner.IsStop(stop))
            {
                outcome.StoppingError = stop;
            }
            catch (VicidialLeadUnavailableException unavailable)
            {
                outcome.Items.Add(LeadAllInfoItem.NotGiven(unavailable));
            }
            catch (VicidialApiException failure)
            {
                outcome.Error = failure;
            }
            return outcome;
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
                    string entryListId = block.Record is null ? "0" : LeadAllInfoParser.Value(block.Record, "entry_list_id");
                    long leadId = block.Record is null ? 0 : LeadAllInfoParser.LeadIdOf(block.Record);
                    if (entryListId.Length == 0 || entryListId == "0" || leadId == 0)
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

        private Task<List<LeadBlock>?> ReadBlocksAsync(InputValue query, bool customFields, LeadAllInfoStage stage, bool emptyFailureIsAnswer,
            LeadAllInfoOutcome outcome, CancellationToken cancellation)
        {
            IApiTransport client = _runner.Client;
            return _runner.SendAsync(Function, LeadAllInfoRequest.Fields(query, customFields, stage), query.Describe,
                response => LeadAllInfoErrors.Parse(response.Body, stage, client),
                blocks => blocks is null ? "not found" : CountWording.Of(blocks.Count, "lead"), outcome.Log, cancellation,
                emptyFailureIsAnswer ? failure => failure is VicidialTransportException { StatusCode: 500 } : null);
        }
    }
}
