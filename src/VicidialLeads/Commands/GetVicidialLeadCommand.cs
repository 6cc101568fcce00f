using VicidialLeads.Pipeline;
using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using VicidialLeads.Input;
using VicidialLeads.Functions.LeadAllInfo;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Reads whole leads with the API's lead_all_info: by lead id (one request each) or by phone number (up to
    /// 1000 leads each, newest first). One <see cref="VicidialLead"/> per lead, in input order. Pipeline rows are
    /// read by their lead id columns, else by their phone number column, with the same resolver as Search-VicidialLead.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VicidialLead", DefaultParameterSetName = InputObjectSet)]
    [OutputType(typeof(VicidialLead))]
    public sealed class GetVicidialLeadCommand : VicidialApiCommand
    {
        private const string LeadIdSet = "LeadId";
        private const string PhoneNumberSet = "PhoneNumber";
        private const string InputObjectSet = "InputObject";

        private LeadDetailsExecutor? _executor;
        private readonly PipelineRow _row = new PipelineRow();
        private readonly List<long> _ids = new List<long>();
        private ColumnChoice? _leadIdColumn;
        private ColumnChoice? _phoneColumn;
        private ColumnChoice? _archivedColumn;
        private readonly Dictionary<string, ColumnChoice?[]> _layouts = new Dictionary<string, ColumnChoice?[]>(StringComparer.Ordinal);

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = LeadIdSet)]
        [Alias("LeadIds", "lead_id")]
        [AllowEmptyCollection]
        public long[] LeadId { get; set; } = Array.Empty<long>();

        [Parameter(Mandatory = true, ParameterSetName = PhoneNumberSet)]
        [AllowEmptyString]
        public string[] PhoneNumber { get; set; } = Array.Empty<string>();

        /// <summary>
        /// What the pipeline gives: lead ids (numbers, or dash-joined text), search results (their LeadIds, from the
        /// archive when they were found there), or rows with a lead id column or else a phone number column.
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
        [AllowNull]
        public PSObject? InputObject { get; set; }

        /// <summary>The column of pipeline rows that holds the phone number, read instead of any lead id column.</summary>
        [Parameter(ParameterSetName = InputObjectSet)]
        [ValidateNotNullOrEmpty]
        public string? PhoneProperty { get; set; }

        /// <summary>The country code of the numbers (VICIdial's phone_code); a leading + must be followed by it.</summary>
        [Parameter]
        public string PhoneCode { get; set; } = PhoneNumberRules.DefaultPhoneCode;

        /// <summary>Reads the archive table (vicidial_list_archive) instead of the live lead table.</summary>
        [Parameter]
        public SwitchParameter Archived { get; set; }

        /// <summary>Adds the custom fields of each lead's list, as properties and in CustomFields.</summary>
        [Parameter]
        public SwitchParameter IncludeCustomFields { get; set; }

        protected override void BeginProcessing()
        {
            RequirePhoneCode(PhoneCode);
            ConnectToSession("Reading VICIdial leads", ParameterSetName == PhoneNumberSet ? "phone number" : "lead id",
                ParameterSetName == PhoneNumberSet ? PhoneNumber?.Length : ParameterSetName == LeadIdSet ? LeadId?.Length : (int?)null);
            _executor = new LeadDetailsExecutor(Runner, IncludeCustomFields);
        }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == PhoneNumberSet)
            {
                foreach (string value in PhoneNumber ?? Array.Empty<string>())
                    Submit(LeadQuery.ForPhone(value, value, PhoneCode, Archived));
            }
            else if (ParameterSetName == LeadIdSet)
            {
                foreach (long id in LeadId ?? Array.Empty<long>())
                    Submit(LeadQuery.ForLead(id, Archived));
            }
            else
            {
                ProcessInputObject(InputObject);
            }
        }

        private void ProcessInputObject(PSObject? inputObject)
        {
            object? value = PipelineRow.Unwrap(inputObject);
            if (value is LeadSearchResult result)
            {
                // A search result keeps where it was found: leads found in the archive are read from the archive.
                foreach (long id in result.LeadIds)
                    Submit(LeadQuery.ForLead(id, Archived || result.Archived));
                return;
            }
            if (PipelineRow.IsScalar(value))
            {
                SubmitLeadIds(value, value, Archived);
                return;
            }
            if (value is IEnumerable items && !(value is IDictionary))
            {
                foreach (object? item in items)
                    ProcessInputObject(item is null ? null : PSObject.AsPSObject(item));
                return;
            }

            if (_row.NeedsResolving(inputObject!, _leadIdColumn ?? _phoneColumn, _archivedColumn))
                ResolveColumns(inputObject!);
            bool archived = Archived || (_archivedColumn != null && IsTrue(_row.Value(inputObject!, _archivedColumn)));
            if (_phoneColumn != null)
                Submit(LeadQuery.ForPhone(inputObject, _row.Value(inputObject!, _phoneColumn), PhoneCode, archived));
            else
                SubmitLeadIds(inputObject, _row.Value(inputObject!, _leadIdColumn!), archived);
        }

        private void SubmitLeadIds(object? inputObject, object? value, bool archived)
        {
            _ids.Clear();
            if (!LeadIdRules.TryRead(value, _ids, out string? problem))
            {
                Submit(LeadQuery.Invalid(inputObject, InputText.Of(value) ?? string.Empty, problem!));
                return;
            }
            foreach (long id in _ids)
                Submit(LeadQuery.ForLead(id, archived, PipelineRow.IsScalar(inputObject) && _ids.Count == 1 ? null : inputObject));
        }

        /// <summary>Picks the columns of a new row layout: lead ids first (unless -PhoneProperty), else the phone number.</summary>
        private void ResolveColumns(PSObject row)
        {
            if (_layouts.TryGetValue(_row.LayoutKey, out ColumnChoice?[]? known))
            {
                _leadIdColumn = known[0];
                _phoneColumn = known[1];
                _archivedColumn = known[2];
                return;
            }
            _leadIdColumn = PhoneProperty is null ? ColumnResolver.LeadId.Choose(_row.Names) : null;
            _phoneColumn = _leadIdColumn is null ? ColumnResolver.PhoneNumber.Choose(_row.Names, PhoneProperty) : null;
            _archivedColumn = ColumnResolver.Archived.Choose(_row.Names);
            if (_leadIdColumn is null && _phoneColumn is null)
            {
                WriteRemaining();
                string message = PhoneProperty != null
                    ? _row.MissingColumnMessage(ColumnResolver.PhoneNumber, PhoneProperty, nameof(PhoneProperty))
                    : $"The input has neither a lead id nor a phone number column, so nothing was read for it. Its columns: {_row.DescribeColumns()}. " +
                      $"Accepted lead id columns: {ColumnResolver.LeadId.NameList}; accepted phone number columns, the first in this order wins (case, spaces, underscores, dashes and dots are ignored): {ColumnResolver.PhoneNumber.NameList}. " +
                      $"To read another column as the phone number, name it with -PhoneProperty, for example -PhoneProperty {_row.ExampleColumn}.";
                ThrowTerminatingError(ErrorRecords.InvalidInput(PhoneProperty is null ? "LeadColumnNotFound" : "PhonePropertyNotFound", message, row));
            }
            _layouts[_row.LayoutKey] = new[] { _leadIdColumn, _phoneColumn, _archivedColumn };
            WriteVerbose(_leadIdColumn != null
                ? $"Reading lead ids from the column '{_leadIdColumn.Name}'{(_archivedColumn != null ? $", and where they were found from '{_archivedColumn.Name}'" : string.Empty)}."
                : $"Reading phone numbers from the column '{_phoneColumn!.Name}'{(PhoneProperty != null ? " (-PhoneProperty)" : string.Empty)}.");
        }

        private static bool IsTrue(object? value) => value switch
        {
            bool flag => flag,
            string text => string.Equals(text.Trim(), "True", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };

        protected override void EndProcessing() => WriteRemaining();

        private void Submit(LeadQuery query)
        {
            CountInput();
            LeadDetailsExecutor executor = _executor!;
            Enqueue(async token => await executor.RunAsync(query, token).ConfigureAwait(false));
        }

        internal override void WriteOutcome(object finished)
        {
            var outcome = (LeadQueryOutcome)finished;
            foreach (string line in outcome.Log)
                WriteVerbose(line);

            LeadQuery query = outcome.Query;
            if (outcome.StoppingError != null)
                ThrowStop(outcome.StoppingError, "LeadReadRefused", query.InputObject ?? query.InputValue, query.InputValue);
            if (query.Problem != null)
            {
                Progress.Error();
                object target = query.InputObject ?? query.InputValue;
                WriteRejected(ErrorRecords.InvalidInput(query.ByPhoneNumber ? "InvalidPhoneNumber" : "InvalidLeadId", query.Problem, target,
                    query.ByPhoneNumber ? "Correct the number in the input (or pick the right column with -PhoneProperty), then read it again." : "Give lead ids as whole numbers from 1 up."), query.Problem, query.Mistake, target);
                return;
            }

            InputAccepted();
            if (outcome.Error is null && outcome.Items.Exists(item => item is VicidialLead))
                Progress.Result(true);
            else
                Progress.Error();
            if (outcome.Error != null)
                WriteError(ErrorRecords.Failure(outcome.Error, "LeadReadFailed", query.InputObject ?? query.InputValue, $"Reading {query.Describe} failed: {outcome.Error.Message}"));
            else
            {
                object target = query.LeadId.HasValue ? (object)query.LeadId.Value : query.InputObject ?? query.InputValue;
                foreach (object item in outcome.Items)
                {
                    if (item is VicidialLead lead)
                        WriteObject(WithCustomFieldProperties(lead));
                    else
                        WriteError(ErrorRecords.Failure((VicidialLeadUnavailableException)item, "LeadUnavailable", target));
                }
            }
        }

        /// <summary>
        /// Custom fields also become properties, so Select-Object and Export-Csv see them by name. PowerShell lists a
        /// wrapper's own properties before the type's, so the standard fields are set on the wrapper first, with the same
        /// values: Export-Csv then writes the standard columns first, in their documented order, and the custom ones after.
        /// </summary>
        private static object WithCustomFieldProperties(VicidialLead lead)
        {
            if (lead.CustomFields.Count == 0) return lead;
            var wrapped = PSObject.AsPSObject(lead);
            var standard = new List<PSPropertyInfo>();
            foreach (PSPropertyInfo property in wrapped.Properties)
                standard.Add(property);
            foreach (PSPropertyInfo property in standard)
                wrapped.Properties.Add(new PSNoteProperty(property.Name, property.Value));
            foreach (DictionaryEntry field in lead.CustomFields)
            {
                string name = (string)field.Key;
                if (wrapped.Properties[name] is null)
                    wrapped.Properties.Add(new PSNoteProperty(name, field.Value));
            }
            return wrapped;
        }
    }
}
