using VicidialLeads.Pipeline;
using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using VicidialLeads.Input;
using VicidialLeads.Functions.LeadSearch;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Finds the lead ids of phone numbers with the API's lead_search: one <see cref="LeadSearchResult"/>
    /// per valid input number, or one error naming it, in input order, streamed as batches complete.
    /// Pipeline rows of any shape are read through the one column resolver (<see cref="ColumnResolver"/>).
    /// </summary>
    [Cmdlet(VerbsCommon.Search, "VicidialLead", DefaultParameterSetName = InputObjectSet)]
    [OutputType(typeof(LeadSearchResult))]
    public sealed class SearchVicidialLeadCommand : VicidialApiCommand
    {
        private const string PhoneNumberSet = "PhoneNumber";
        private const string VendorLeadCodeSet = "VendorLeadCode";
        private const string InputObjectSet = "InputObject";

        /// <summary>The type name that selects the vendor-code table view.</summary>
        internal const string VendorLeadCodeResultTypeName = "VicidialLeads.LeadSearchResult#VendorLeadCode";

        /// <summary>Numbers per request; chosen by the benchmark (see README).</summary>
        public const int DefaultBatchSize = 500;

        private LeadSearchBatcher? _batcher;
        private LeadSearchExecutor? _executor;
        private bool _byVendorLeadCode;
        private LeadSearchOptions? _options;
        private readonly PipelineRow _row = new PipelineRow();
        private ColumnChoice? _column;
        private readonly Dictionary<string, ColumnChoice> _layouts = new Dictionary<string, ColumnChoice>(StringComparer.Ordinal);
        private bool _saidReplaced;

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PhoneNumberSet)]
        [Alias("phone_number", "Phone", "Number")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string?[] PhoneNumber { get; set; } = Array.Empty<string>();

        /// <summary>
        /// What the pipeline gives: phone numbers (text or numbers), or rows of any shape (Import-Csv rows, objects,
        /// hashtables) whose phone column is found by name. Rows with a vendor_lead_code column and no phone column are
        /// searched by vendor lead code.
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
        [AllowNull]
        public PSObject? InputObject { get; set; }

        /// <summary>Vendor lead codes to search instead of phone numbers (search_method=VENDOR_LEAD_CODE).</summary>
        [Parameter(Mandatory = true, ParameterSetName = VendorLeadCodeSet)]
        [Alias("vendor_lead_code")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string?[] VendorLeadCode { get; set; } = Array.Empty<string>();

        /// <summary>The column of pipeline rows that holds the phone number, instead of the first accepted name.</summary>
        [Parameter(ParameterSetName = InputObjectSet)]
        [ValidateNotNullOrEmpty]
        public string? PhoneProperty { get; set; }

        /// <summary>The country code of the numbers (VICIdial's phone_code); a leading + must be followed by it.</summary>
        [Parameter]
        public string PhoneCode { get; set; } = PhoneNumberRules.DefaultPhoneCode;

        /// <summary>Writes each input row once, a copy with RecordsFound, LeadIds, Truncated and SearchError appended, instead of results.</summary>
        [Parameter]
        public SwitchParameter AppendResult { get; set; }

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
                ThrowTerminatingError(ErrorRecords.InvalidInput("ListIdMissing", $"-Scope {scope} needs -ListId: the list (or a list of the campaign) to search.", scope,
                    $"Add -ListId <list id> to search one list, or leave out -Scope {scope} to search every list."));
            if (scope == LeadSearchScope.System && listId.HasValue)
            {
                // A System search looks in every list; taking the list id silently would widen what the user asked for.
                ThrowTerminatingError(ErrorRecords.InvalidInput("ListIdWithSystemScope",
                    $"-ListId {listId} does not go with -Scope System, which searches every list.", listId,
                    "Use -Scope List (that list only) or -Scope Campaign (the lists of its campaign), or leave out -ListId to search every list."));
            }
            if (listId.HasValue && listId.Value < 100)
            {
                // The server silently searches every list when list_id is under 100; refuse rather than return other lists' leads.
                ThrowTerminatingError(ErrorRecords.InvalidInput("ListIdTooSmall",
                    $"-ListId {listId} is under 100: the VICIdial server ignores such a list id and searches the whole system, so the search would return leads of other lists. VICIdial list ids have at least 3 digits.",
                    listId, "Give the list id as it shows in the VICIdial admin (Lists), or leave out -ListId to search every list."));
            }

            RequirePhoneCode(PhoneCode);

            ConnectToSession("Searching VICIdial leads", "value", KnownTotal());
            _options = new LeadSearchOptions(Records, Archived, LeadSearchMethod.PhoneNumber, scope, scope == LeadSearchScope.System ? null : listId);
            _batcher = new LeadSearchBatcher(BatchSize);
        }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == InputObjectSet)
            {
                ProcessInputObject(InputObject);
                return;
            }
            StartExecutor(ParameterSetName == VendorLeadCodeSet);
            string?[] values = (_byVendorLeadCode ? VendorLeadCode : PhoneNumber) ?? new string?[] { null };
            foreach (string? value in values)
            {
                CountInput();
                Submit(_batcher!.Add(_byVendorLeadCode ? LeadSearchInput.FromVendorLeadCode(value) : LeadSearchInput.From(value, value, PhoneCode)));
            }
        }

        /// <summary>How many inputs a run has when they came as a parameter (for percent complete); null when unknown.</summary>
        private int? KnownTotal()
        {
            if (ParameterSetName == VendorLeadCodeSet) return VendorLeadCode?.Length;
            if (ParameterSetName != InputObjectSet) return PhoneNumber?.Length;
            object? value = PipelineRow.Unwrap(InputObject);
            return value is ICollection items && !(value is IDictionary) ? items.Count : 1;
        }

        private void StartExecutor(bool byVendorLeadCode)
        {
            if (_executor != null) return;
            _byVendorLeadCode = byVendorLeadCode;
            _executor = new LeadSearchExecutor(Runner, _options!.With(_byVendorLeadCode ? LeadSearchMethod.VendorLeadCode : LeadSearchMethod.PhoneNumber));
        }

        /// <summary>One pipeline object: a value is searched as it is; a row through its phone (or vendor lead code) column.</summary>
        private void ProcessInputObject(PSObject? inputObject)
        {
            object? value = PipelineRow.Unwrap(inputObject);
            if (PipelineRow.IsScalar(value))
            {
                StartExecutor(false);
                CountInput();
                Submit(_batcher!.Add(_byVendorLeadCode
                    ? LeadSearchInput.FromVendorLeadCode(value, InputText.Of(value) ?? string.Empty)
                    : LeadSearchInput.From(value, value, PhoneCode)));
                return;
            }
            if (value is IEnumerable items && !(value is IDictionary))
            {
                // An array given to -InputObject: each element is one input, as on the pipeline.
                foreach (object? item in items)
                    ProcessInputObject(item is null ? null : PSObject.AsPSObject(item));
                return;
            }

            if (_row.NeedsResolving(inputObject!, _column))
                ResolveColumn(inputObject!);
            object? cell = _row.Value(inputObject!, _column!);
            CountInput();
            Submit(_batcher!.Add(_byVendorLeadCode
                ? LeadSearchInput.FromVendorLeadCode(inputObject, InputText.Of(cell))
                : LeadSearchInput.From(inputObject, cell, PhoneCode)));
        }

        /// <summary>Picks the column of a new row layout, or stops at the first row that has none.</summary>
        private void ResolveColumn(PSObject row)
        {
            if (_layouts.TryGetValue(_row.LayoutKey, out ColumnChoice? known))
            {
                _column = known;
                return;
            }
            bool decided = _executor != null;
            ColumnChoice? phone = decided && _byVendorLeadCode ? null : ColumnResolver.PhoneNumber.Choose(_row.Names, PhoneProperty);
            ColumnChoice? vendor = phone is null && PhoneProperty is null && (!decided || _byVendorLeadCode) ? ColumnResolver.VendorLeadCode.Choose(_row.Names) : null;
            if (phone is null && vendor is null)
            {
                // Finish what came before, then stop: every later row would fail the same way.
                if (_executor != null)
                    Submit(_batcher!.Flush());
                WriteRemaining();
                string message = decided && _byVendorLeadCode
                    ? $"The input has no vendor_lead_code column, although the rows before it were searched by vendor lead code. Its columns: {_row.DescribeColumns()}."
                    : _row.MissingColumnMessage(ColumnResolver.PhoneNumber, PhoneProperty, nameof(PhoneProperty));
                ThrowTerminatingError(ErrorRecords.InvalidInput(PhoneProperty is null ? "PhoneColumnNotFound" : "PhonePropertyNotFound", message, row));
            }
            StartExecutor(phone is null);
            _column = phone ?? vendor;
            _layouts[_row.LayoutKey] = _column!;
            WriteVerbose(phone != null
                ? $"Reading phone numbers from the column '{_column!.Name}'{(PhoneProperty != null ? " (-PhoneProperty)" : string.Empty)}{PassedOver(_column!)}."
                : $"Searching by vendor lead code: the input has a '{_column!.Name}' column and no phone number column.");
        }

        private static string PassedOver(ColumnChoice choice) =>
            choice.PassedOver.Count == 0 ? string.Empty
                : $", the first accepted name in the row; also present but not searched: {string.Join(", ", choice.PassedOver)} (name another column with -PhoneProperty)";

        protected override void EndProcessing()
        {
            if (_executor != null)
                Submit(_batcher!.Flush());
            WriteRemaining();
            WriteVerbose($"Searched {CountWording.Of(Progress.Done, "value")}: {Progress.Found:N0} with leads, {CountWording.Of(Progress.Errors, "error")}.");
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
                    object target = input.InputObject ?? input.InputValue;
                    WriteRejected(ErrorRecords.InvalidInput(_byVendorLeadCode ? "InvalidVendorLeadCode" : "InvalidPhoneNumber", input.Problem!, target, InputFix), input.Problem!, input.Mistake, target);
                    WriteAppended(input, null, input.Problem);
                    continue;
                }

                InputAccepted();
                if (outcome.Numbers.TryGetValue(input.Key, out NumberOutcome? number) &&
                    (input.AlternateKey is null || outcome.Numbers.ContainsKey(input.AlternateKey)))
                {
                    if (input.AlternateKey != null)
                        number = NumberOutcome.Merge(number, outcome.Numbers[input.AlternateKey], Records);
                    if (number.Error != null)
                    {
                        Progress.Error();
                        string details = $"Searching {Describe(input)} failed: {number.Error.Message}";
                        WriteError(ErrorRecords.Failure(number.Error, "LeadSearchFailed", input.InputObject ?? input.InputValue, details));
                        WriteAppended(input, null, details);
                    }
                    else
                    {
                        Progress.Result(number.LeadIds!.Count > 0);
                        if (AppendResult)
                            WriteAppended(input, Result(input, number), null);
                        else
                            WriteObject(ResultObject(input, number));
                    }
                }
                else if (outcome.StoppingError != null)
                {
                    // The run stopped (a refusal, an outage, a closed session): stop here, after everything before this input.
                    ThrowStop(outcome.StoppingError, "LeadSearchRefused", input.InputObject ?? input.InputValue, input.InputValue);
                }
                else
                {
                    throw new InvalidOperationException($"No outcome was recorded for {input.Key}.");
                }
            }
        }

        /// <summary>What to do about a value that is not a phone number (or vendor lead code).</summary>
        private string InputFix => _byVendorLeadCode
            ? "Correct the vendor lead code in the input, then search it again."
            : "Correct the number in the input (or pick the right column with -PhoneProperty), then search it again.";

        private static string Describe(LeadSearchInput input) =>
            input.AlternateKey is null ? input.Key! : $"{input.Key} (and {input.AlternateKey})";

        private LeadSearchResult Result(LeadSearchInput input, NumberOutcome outcome) =>
            new LeadSearchResult(_byVendorLeadCode ? LeadSearchMethod.VendorLeadCode : LeadSearchMethod.PhoneNumber, input.Key!, input.InputValue,
                outcome.LeadIds!, Archived, outcome.Truncated, input.InputObject);

        private object ResultObject(LeadSearchInput input, NumberOutcome outcome)
        {
            LeadSearchResult result = Result(input, outcome);
            if (!_byVendorLeadCode)
                return result;
            var wrapped = PSObject.AsPSObject(result);
            wrapped.TypeNames.Insert(0, VendorLeadCodeResultTypeName);
            return wrapped;
        }

        /// <summary>With -AppendResult, writes the input row with the result's columns (or the reason it has none).</summary>
        private void WriteAppended(LeadSearchInput input, LeadSearchResult? result, string? error)
        {
            if (!AppendResult) return;
            PSObject row = AppendedResult.Create(input.InputObject, _byVendorLeadCode ? "VendorLeadCode" : "PhoneNumber", result, error, out bool replaced);
            if (replaced && !_saidReplaced)
            {
                _saidReplaced = true;
                WriteVerbose($"The input already has a column named {AppendedResult.RecordsFound}, {AppendedResult.LeadIds}, {AppendedResult.Truncated} or {AppendedResult.SearchError}: its values are replaced by this search's.");
            }
            WriteObject(row);
        }
    }
}
