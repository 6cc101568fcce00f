using System.Collections.Generic;
using System.Collections.Specialized;
using System.Globalization;
using System.Threading.Tasks;
using VicidialLeads.Pipeline;
using VicidialLeads.Policy;
using VicidialLeads.Protocol;
using VicidialLeads.Transport;
using VicidialLeads.Input;

namespace VicidialLeads.Functions.LeadAllInfo
{
    /// <summary>One lead_all_info question: a lead id, or a phone number (up to 1000 leads, newest first).</summary>
    internal sealed class LeadQuery
    {
        private LeadQuery(object? inputObject, string inputValue, long? leadId, string? phoneNumber, string? alternatePhoneNumber, string? problem, bool archived,
            bool byPhone = false, RepeatedMistake? mistake = null)
        {
            Mistake = mistake;
            ByPhoneNumber = byPhone || phoneNumber != null;
            InputObject = inputObject;
            InputValue = inputValue;
            LeadId = leadId;
            PhoneNumber = phoneNumber;
            AlternatePhoneNumber = alternatePhoneNumber;
            Problem = problem;
            Archived = archived;
        }

        /// <summary>What came down the pipeline for this query (a row, a search result, a value), named by its errors.</summary>
        public object? InputObject { get; }

        public string InputValue { get; }
        public long? LeadId { get; }
        public string? PhoneNumber { get; }

        /// <summary>The same number with its country code, also read when the input carried the code; or null.</summary>
        public string? AlternatePhoneNumber { get; }

        /// <summary>Why the value cannot be asked about, or null.</summary>
        public string? Problem { get; }

        /// <summary>The whole-file mistake behind <see cref="Problem"/>, when it is one; or null.</summary>
        public RepeatedMistake? Mistake { get; }

        /// <summary>True when the value was read as a phone number (false: as lead ids).</summary>
        public bool ByPhoneNumber { get; }

        /// <summary>True to read the archive table (vicidial_list_archive).</summary>
        public bool Archived { get; }

        public string Describe => LeadId.HasValue ? $"lead {LeadId}"
            : AlternatePhoneNumber is null ? $"phone number {PhoneNumber ?? InputValue}" : $"phone number {PhoneNumber} (or {AlternatePhoneNumber})";

        public static LeadQuery ForLead(long leadId, bool archived = false, object? inputObject = null) =>
            leadId > 0
                ? new LeadQuery(inputObject ?? leadId, leadId.ToString(CultureInfo.InvariantCulture), leadId, null, null, null, archived)
                : new LeadQuery(inputObject ?? leadId, leadId.ToString(CultureInfo.InvariantCulture), null, null, null, $"{leadId} is not a lead id: lead ids are whole numbers from 1 up.", archived);

        public static LeadQuery ForPhone(string? value) => ForPhone(value, value, PhoneNumberRules.DefaultPhoneCode, false);

        public static LeadQuery ForPhone(object? inputObject, object? value, string phoneCode, bool archived)
        {
            string text = InputText.Of(value) ?? string.Empty;
            return PhoneNumberRules.TryRead(value, phoneCode, out PhoneNumberForms forms, out string? problem, out RepeatedMistake? mistake)
                ? new LeadQuery(inputObject, text, null, forms.Digits, forms.WithPhoneCode, null, archived)
                : new LeadQuery(inputObject, text, null, null, null, problem, archived, byPhone: true, mistake: mistake);
        }

        /// <summary>A value that cannot be asked about.</summary>
        public static LeadQuery Invalid(object? inputObject, string inputValue, string problem) =>
            new LeadQuery(inputObject, inputValue, null, null, null, problem, false);

        /// <summary>The same question about the number with its country code.</summary>
        public LeadQuery ForAlternatePhoneNumber() => new LeadQuery(InputObject, InputValue, null, AlternatePhoneNumber, null, null, Archived);
    }
}
