using System;
using System.Management.Automation;
using VicidialLeads.Search;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Finds the lead ids of phone numbers with the API's lead_search: one <see cref="LeadSearchResult"/>
    /// per valid input number, or one error naming it, in input order, streamed as batches complete.
    /// </summary>
    [Cmdlet(VerbsCommon.Search, "VicidialLead", DefaultParameterSetName = PhoneNumberSet)]
    [OutputType(typeof(LeadSearchResult))]
    public sealed class SearchVicidialLeadCommand : VicidialApiCommand
    {
        private const string PhoneNumberSet = "PhoneNumber";
        private const string VendorLeadCodeSet = "VendorLeadCode";

        /// <summary>The type name that selects the vendor-code table view.</summary>
        internal const string VendorLeadCodeResultTypeName = "VicidialLeads.LeadSearchResult#VendorLeadCode";

        /// <summary>Numbers per request; chosen by the benchmark (see README).</summary>
        public const int DefaultBatchSize = 500;

        private LeadSearchBatcher? _batcher;
        private LeadSearchExecutor? _executor;
        private bool _byVendorLeadCode;
        private LeadSearchOptions? _options;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PhoneNumberSet)]
        [Alias("phone_number", "Phone", "Number")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string?[] PhoneNumber { get; set; } = Array.Empty<string>();

        /// <summary>Vendor lead codes to search instead of phone numbers (search_method=VENDOR_LEAD_CODE).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = VendorLeadCodeSet)]
        [Alias("vendor_lead_code")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string?[] VendorLeadCode { get; set; } = Array.Empty<string>();

        /// <summary>Limits the search to this list (or, with -Scope Campaign, to the campaign holding it).</summary>
        [Parameter]
        public long ListId { get; set; }

        /// <summary>System (every list), List, or Campaign. List when -ListId is given, System otherwise.</summary>
        [Parameter]
        public LeadSearchScope Scope { get; set; }

        /// <summary>The most lead ids wanted per number, newest first.</summary>
        [Parameter]
        [ValidateRange(1, 1_000_000)]
        public int Records { get; set; } = 1000;

        /// <summary>Searches the archive table (vicidial_list_archive) only.</summary>
        [Parameter]
        public SwitchParameter Archived { get; set; }

        /// <summary>Distinct numbers per request.</summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int BatchSize { get; set; } = DefaultBatchSize;

        protected override void BeginProcessing()
        {
            LeadSearchScope scope = MyInvocation.BoundParameters.ContainsKey(nameof(Scope))
                ? Scope
                : MyInvocation.BoundParameters.ContainsKey(nameof(ListId)) ? LeadSearchScope.List : LeadSearchScope.System;
            long? listId = MyInvocation.BoundParameters.ContainsKey(nameof(ListId)) ? ListId : (long?)null;
            if (scope != LeadSearchScope.System && listId is null)
                ThrowTerminatingError(ErrorRecords.InvalidInput("ListIdMissing", $"-Scope {scope} needs -ListId: the list (or a list of the campaign) to search.", scope));
            if (listId.HasValue && listId.Value < 100)
            {
                // The server silently searches every list when list_id is under 100; refuse rather than return other lists' leads.
                ThrowTerminatingError(ErrorRecords.InvalidInput("ListIdTooSmall",
                    $"-ListId {listId} is under 100: the VICIdial server ignores such a list id and searches the whole system, so the search would return leads of other lists. VICIdial list ids have at least 3 digits.",
                    listId));
            }

            ConnectToSession("Searching VICIdial leads", "values", (ParameterSetName == VendorLeadCodeSet ? VendorLeadCode : PhoneNumber)?.Length);
            _options = new LeadSearchOptions(Records, Archived, LeadSearchMethod.PhoneNumber, scope, scope == LeadSearchScope.System ? null : listId);
            _batcher = new LeadSearchBatcher(BatchSize);
        }

        protected override void ProcessRecord()
        {
            if (_executor is null)
            {
                // The parameter set is known for sure only once the first pipeline object is bound.
                _byVendorLeadCode = ParameterSetName == VendorLeadCodeSet;
                _executor = new LeadSearchExecutor(Runner, _options!.With(_byVendorLeadCode ? LeadSearchMethod.VendorLeadCode : LeadSearchMethod.PhoneNumber));
            }
            string?[] values = (_byVendorLeadCode ? VendorLeadCode : PhoneNumber) ?? new string?[] { null };
            foreach (string? value in values)
            {
                CountInput();
                Submit(_batcher!.Add(_byVendorLeadCode ? LeadSearchInput.FromVendorLeadCode(value) : LeadSearchInput.From(value)));
            }
        }

        protected override void EndProcessing()
        {
            if (_executor != null)
                Submit(_batcher!.Flush());
            WriteRemaining();
            WriteVerbose($"Searched {Progress.Done:N0} values: {Progress.Found:N0} with leads, {Progress.Errors:N0} errors.");
        }

        private void Submit(LeadSearchBatch? batch)
        {
            if (batch is null)
            {
                WriteFinished();
                return;
            }
            LeadSearchExecutor executor = _executor!;
            Enqueue(async token => await executor.RunAsync(batch, token).ConfigureAwait(false));
        }

        internal override void WriteOutcome(object finished)
        {
            var outcome = (LeadSearchBatchOutcome)finished;
            foreach (string line in outcome.Log)
                WriteVerbose(line);

            foreach (LeadSearchInput input in outcome.Batch.Inputs)
            {
                if (input.Key is null)
                {
                    Progress.Error();
                    WriteError(ErrorRecords.InvalidInput(_byVendorLeadCode ? "InvalidVendorLeadCode" : "InvalidPhoneNumber", input.Problem!, input.InputValue));
                }
                else if (outcome.Numbers.TryGetValue(input.Key, out NumberOutcome? number))
                {
                    if (number.Error != null)
                    {
                        Progress.Error();
                        WriteError(ErrorRecords.Failure(number.Error, "LeadSearchFailed", input.InputValue, $"Searching {input.Key} failed: {number.Error.Message}"));
                    }
                    else
                    {
                        Progress.Result(number.LeadIds!.Count > 0);
                        WriteObject(Result(input, number));
                    }
                }
                else if (outcome.StoppingError != null)
                {
                    // The run stopped (a refusal, an outage, a closed session): stop here, after everything before this input.
                    ThrowStop(outcome.StoppingError, "LeadSearchRefused", input.InputValue);
                }
                else
                {
                    throw new InvalidOperationException($"No outcome was recorded for {input.Key}.");
                }
            }
        }

        private object Result(LeadSearchInput input, NumberOutcome outcome)
        {
            if (!_byVendorLeadCode)
                return new LeadSearchResult(LeadSearchMethod.PhoneNumber, input.Key!, input.InputValue, outcome.LeadIds!, Archived, outcome.Truncated);
            var result = PSObject.AsPSObject(new LeadSearchResult(LeadSearchMethod.VendorLeadCode, input.Key!, input.InputValue, outcome.LeadIds!, Archived, outcome.Truncated));
            result.TypeNames.Insert(0, VendorLeadCodeResultTypeName);
            return result;
        }
    }
}
