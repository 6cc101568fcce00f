using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Functions.LeadAllInfo;
using VicidialLeads.Functions.UpdateLead;
using VicidialLeads.Input;
using VicidialLeads.Pipeline;
using VicidialLeads.Policy;
using VicidialLeads.Protocol;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Changes leads with update_lead: the same values from parameters, or each row's own values from its columns
    /// (Import-Csv changes.csv | Set-VicidialLead). A value the server would store differently is reported before it is
    /// sent, naming lead, field, value given and value stored, and is sent only with -AllowCleanedValues.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "VicidialLead", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(LeadChangeResult))]
    public sealed class SetVicidialLeadCommand : LeadChangeCommand
    {
        // The lead id and archive columns name the target; every other column is a value or named as not sent.
        private readonly LeadRowValues _rowValues = new LeadRowValues(field => field.FromRows, _ => null,
            column => ColumnResolver.LeadId.Choose(new[] { column }) != null || ColumnResolver.Archived.Choose(new[] { column }) != null);
        private readonly List<(InputValue Target, UpdateLeadOutcome? Settled)> _pending = new List<(InputValue, UpdateLeadOutcome?)>();
        private UpdateLeadExecutor? _executor;
        private BatchUpdateLeadExecutor? _batch;
        private LeadChange? _sameForAll;
        private int _pendingToSend;
        private List<KeyValuePair<LeadField, string>> _fields = new List<KeyValuePair<LeadField, string>>();
        private List<KeyValuePair<string, string>> _custom = new List<KeyValuePair<string, string>>();

        [Parameter] public string? Status { get; set; }
        [Parameter][Alias("list_id", "list_id_field")] public string? ListId { get; set; }
        [Parameter][Alias("vendor_lead_code")] public string? VendorLeadCode { get; set; }
        [Parameter][Alias("source_id")] public string? SourceId { get; set; }
        [Parameter] public string? Title { get; set; }
        [Parameter][Alias("first_name")] public string? FirstName { get; set; }
        [Parameter][Alias("middle_initial")] public string? MiddleInitial { get; set; }
        [Parameter][Alias("last_name")] public string? LastName { get; set; }
        [Parameter] public string? Address1 { get; set; }
        [Parameter] public string? Address2 { get; set; }
        [Parameter] public string? Address3 { get; set; }
        [Parameter] public string? City { get; set; }
        [Parameter] public string? State { get; set; }
        [Parameter] public string? Province { get; set; }
        [Parameter][Alias("postal_code")] public string? PostalCode { get; set; }
        [Parameter][Alias("country_code")] public string? CountryCode { get; set; }
        [Parameter] public string? Gender { get; set; }
        [Parameter][Alias("date_of_birth")] public string? DateOfBirth { get; set; }
        [Parameter][Alias("alt_phone")] public string? AltPhone { get; set; }
        [Parameter] public string? Email { get; set; }
        [Parameter][Alias("security_phrase")] public string? SecurityPhrase { get; set; }
        [Parameter] public string? Comments { get; set; }
        [Parameter] public string? Rank { get; set; }
        [Parameter] public string? Owner { get; set; }
        [Parameter][Alias("user_field")] public string? User { get; set; }
        [Parameter][Alias("phone_code")][ValidateNotNullOrEmpty] public string? PhoneCode { get; set; }
        [Parameter][Alias("called_count")][ValidateNotNullOrEmpty] public string? CalledCount { get; set; }
        [Parameter][Alias("gmt_offset_now", "GmtOffsetNow")][ValidateNotNullOrEmpty] public string? GmtOffset { get; set; }
        [Parameter][Alias("entry_list_id")][ValidateNotNullOrEmpty] public string? EntryListId { get; set; }

        /// <summary>Changes the lead's phone number (update_phone_number=Y), one lead at a time; never taken from a row's column.</summary>
        [Parameter][Alias("phone_number")][ValidateNotNullOrEmpty] public string? PhoneNumber { get; set; }

        /// <summary>Custom fields of the lead's list, by name (custom_fields=Y); values are stored as given, UTF-8 included.</summary>
        [Parameter]
        public Hashtable? CustomField { get; set; }

        /// <summary>Resets the lead for dialing (reset_lead=Y), as a list reset does for one lead.</summary>
        [Parameter]
        public SwitchParameter ResetLead { get; set; }

        /// <summary>Changes leads in the archive table (archived_lead=Y); search results found there are changed there anyway.</summary>
        [Parameter]
        public SwitchParameter Archived { get; set; }

        /// <summary>Sends values the server would store differently (stripped, cut or replaced characters), with a warning each.</summary>
        [Parameter]
        public SwitchParameter AllowCleanedValues { get; set; }

        private protected override string Activity => "Changing VICIdial leads";

        private protected override string Done => "changed";

        private protected override bool ArchivedTable => Archived;

        private protected override void Begin(ApiRequestRunner runner)
        {
            var nonLatin = new NonLatinLearner(runner, ReadLead);
            _executor = new UpdateLeadExecutor(runner, nonLatin);
            _batch = new BatchUpdateLeadExecutor(runner, nonLatin);
            _fields = LeadField.All
                .Where(field => MyInvocation.BoundParameters.ContainsKey(field.ParameterName))
                .Select(field => new KeyValuePair<LeadField, string>(field, ParameterValue(field)))
                .ToList();
            _custom = LeadRowValues.CustomValues(CustomField);
            if (_fields.Count == 0 && _custom.Count == 0 && !ResetLead && ParameterSetName == LeadIdSet)
            {
                ThrowTerminatingError(ErrorRecords.InvalidInput("NothingToChange",
                    "Name at least one value to change, for example -Status SALE, -City Tampa, -CustomField @{account_no='AC-1'} or -ResetLead.", LeadId));
            }
            _sameForAll = new LeadChange(_fields, new List<KeyValuePair<string, string>>(), ResetLead, delete: false);
            CheckParameters(_executor.NonLatin);
        }

        /// <summary>
        /// Parameter values are the same for every lead, so a value the server would change is one mistake: one error
        /// before anything is sent (or, with -AllowCleanedValues or -WhatIf, one warning).
        /// </summary>
        private void CheckParameters(NonLatinSetting nonLatin)
        {
            var given = new LeadChange(_fields, _custom, false, false);
            if ((given.TrailingBackslash(null) ?? given.Conflict(null)) is LeadRefusal refusal)
                ThrowTerminatingError(ErrorRecords.InvalidInput(refusal.ErrorId, refusal.Message, LeadId, refusal.Fix));
            List<LeadFieldChange> cleaned = given.Cleaning(0, nonLatin.IsOn);
            if (cleaned.Count == 0) return;
            if (!WhatIf() && !AllowCleanedValues)
            {
                ThrowTerminatingError(ErrorRecords.InvalidInput("ValueWouldBeChanged",
                    $"Nothing was sent: on every lead the server would store {LeadFieldChange.Describe(cleaned)}.{nonLatin.Assumption}",
                    string.Join(", ", cleaned.Select(c => c.Field)), "Correct the values, or send them as the server stores them with -AllowCleanedValues."));
            }
            foreach (LeadFieldChange change in cleaned)
                WriteWarning($"The server would change a value on every lead: {change.Field} '{change.Given}' would be stored as '{change.Stored}'.{nonLatin.Assumption}");
        }

        private protected override Func<CancellationToken, Task<UpdateLeadOutcome>>? Prepare(InputValue target)
        {
            long leadId = target.LeadId!.Value;
            List<KeyValuePair<LeadField, string>> row = RowValues(target);
            LeadChange change = row.Count == 0 ? WithCustom(_sameForAll!) : new LeadChange(Joined(row, _fields), _custom, ResetLead, delete: false);
            // The same values on many leads go together in batch_update_lead; custom fields and the archive only in update_lead.
            // batch_update_lead sets neither the phone number nor entry_list_id.
            bool batched = row.Count == 0 && _custom.Count == 0 && !target.Archived && !WhatIf() && _fields.All(f => f.Key.BatchTakes);
            UpdateLeadOutcome? refused = Check(target, leadId, row, change, out List<LeadFieldChange> cleaned);
            if (refused != null)
                return Settle(target, refused, batched);

            if (!ShouldProcessInput(() =>
            {
                IReadOnlyDictionary<string, string>? old = WhatIf() ? ReadOld(leadId, target.Archived) : null;
                string what = change.Describe(old) + string.Concat(cleaned.Select(c => $" [{c.Field} would be stored as '{c.Stored}']"));
                string table = target.Archived ? " (archive)" : string.Empty;
                return ($"Set lead {leadId}{table}: {what}", $"Set lead {leadId}{table}: {what}?", "Set-VicidialLead");
            }))
                return null;
            if (batched)
            {
                _pending.Add((target, null));
                // A GET request target holds about 8,000 bytes (capture 29x): half a batch there.
                if (++_pendingToSend >= (Run!.Runner.Client.Options.UseGet ? BatchUpdateLeadRequest.MaximumLeads / 2 : BatchUpdateLeadRequest.MaximumLeads)) Flush();
                return null;
            }
            UpdateLeadExecutor executor = _executor!;
            return token => executor.RunAsync(target, change, cleaned, token);
        }

        /// <summary>A row's own values that the server would change: an error for that lead alone (parameters were checked once).</summary>
        private UpdateLeadOutcome? Check(InputValue target, long leadId, List<KeyValuePair<LeadField, string>> row, LeadChange change, out List<LeadFieldChange> cleaned)
        {
            NonLatinSetting nonLatin = _executor!.NonLatin;
            cleaned = change.Cleaning(leadId, nonLatin.IsOn);
            if (change.IsEmpty && !LeadRowValues.CanCarryValues(target.InputObject))
                ThrowTerminatingError(ErrorRecords.InvalidInput("NothingToChange",
                    "Nothing was sent: name at least one value to change, for example -Status SALE, -City Tampa, -CustomField @{account_no='AC-1'} or -ResetLead.", target.Target));
            if (change.IsEmpty)
                return Refused(target, "NothingToChange", $"Nothing to change for lead {leadId}: the row names no lead field with a value, and no value was given as a parameter.",
                    "Give the values as parameters (-Status SALE) or as columns named after lead fields (status, first_name, \"First Name\" ...).");
            var own = new LeadChange(row, Array.Empty<KeyValuePair<string, string>>(), false, false);
            if ((own.TrailingBackslash(leadId) ?? change.Conflict(leadId)) is LeadRefusal refusal)
                return new UpdateLeadOutcome(target) { Refusal = refusal };
            // Without values given as parameters the change is the row's own, already cleaned above.
            List<LeadFieldChange> fromRow = _fields.Count == 0 && _custom.Count == 0 ? cleaned : own.Cleaning(leadId, nonLatin.IsOn);
            if (fromRow.Count == 0) return null;
            if (WhatIf() || AllowCleanedValues)
            {
                foreach (LeadFieldChange value in fromRow)
                    WriteWarning($"The server would change a value: {value}.{nonLatin.Assumption}");
                return null;
            }
            return Refused(target, "ValueWouldBeChanged",
                $"Lead {leadId} was not sent: the server would store {LeadFieldChange.Describe(fromRow)}.{nonLatin.Assumption}",
                "Correct the values, or send them as the server stores them with -AllowCleanedValues.");
        }

        /// <summary>A lead refused before sending keeps its place: among the leads gathered for a batch, or alone.</summary>
        private Func<CancellationToken, Task<UpdateLeadOutcome>>? Settle(InputValue target, UpdateLeadOutcome refused, bool batched)
        {
            if (!batched || _pending.Count == 0) return _ => Task.FromResult(refused);
            _pending.Add((target, refused));
            return null;
        }

        /// <summary>Sends the leads gathered: one batch_update_lead for two or more, update_lead for one.</summary>
        private protected override void Flush()
        {
            if (_pending.Count == 0) return;
            var slots = _pending.ToArray();
            _pending.Clear();
            int toSend = _pendingToSend;
            _pendingToSend = 0;
            LeadChange change = _sameForAll!;
            NonLatinSetting nonLatin = _executor!.NonLatin;
            IReadOnlyList<LeadFieldChange> Accepted(long leadId) => change.Cleaning(leadId, nonLatin.IsOn);
            if (toSend >= 2)
            {
                BatchUpdateLeadExecutor batch = _batch!;
                EnqueueMany(token => batch.RunAsync(slots, change, Accepted, token));
                return;
            }
            UpdateLeadExecutor executor = _executor;
            EnqueueMany(async token =>
            {
                var outcomes = new List<UpdateLeadOutcome>(slots.Length);
                foreach (var slot in slots)
                    outcomes.Add(slot.Settled ?? await executor.RunAsync(slot.Target, change, Accepted(slot.Target.LeadId!.Value), token).ConfigureAwait(false));
                return outcomes;
            });
        }

        private List<KeyValuePair<LeadField, string>> RowValues(InputValue target)
        {
            var row = new List<KeyValuePair<LeadField, string>>();
            _rowValues.Read(target.InputObject, Array.Empty<string>(), row, new List<KeyValuePair<string, string>>());
            // Named once each, as a warning: a value left out is never left out silently.
            foreach (string warning in _rowValues.NewUnmatchedWarnings("sent", "a row's phone number names its lead and is never sent (-PhoneNumber changes it)",
                () => " Custom fields go in -CustomField."))
                WriteWarning(warning);
            // Parameters apply to every lead and win over a row's column of the same field.
            LeadValues.DropGiven(row, _fields);
            return row;
        }

        private static List<KeyValuePair<LeadField, string>> Joined(List<KeyValuePair<LeadField, string>> row, List<KeyValuePair<LeadField, string>> given)
        {
            var all = new List<KeyValuePair<LeadField, string>>(row.Count + given.Count);
            all.AddRange(row);
            all.AddRange(given);
            return all;
        }

        private LeadChange WithCustom(LeadChange same) => _custom.Count == 0 ? same : new LeadChange(same.Fields, _custom, same.ResetLead, delete: false);

        private string ParameterValue(LeadField field)
        {
            string? value = (string?)GetType().GetProperty(field.ParameterName)!.GetValue(this);
            return string.IsNullOrEmpty(value) ? LeadValueCleaner.Blank : value!;
        }
    }
}
