using System.Globalization;

namespace VicidialLeads.Input
{
    /// <summary>
    /// One input value as every cmdlet reads it: where it came from, the text as given, and the key it is asked about
    /// (a phone number's digits, a vendor lead code, a lead id), or why it cannot be asked about.
    /// </summary>
    internal sealed class InputValue
    {
        private InputValue(object? inputObject, string text, InputKind kind, string? key, string? alternateKey, long? leadId,
            bool archived, string? problem, RepeatedMistake? mistake, string? column = null, int part = 1, int parts = 1)
        {
            Column = column;
            Part = part;
            Parts = parts;
            InputObject = inputObject;
            Text = text;
            Kind = kind;
            Key = key;
            AlternateKey = alternateKey;
            LeadId = leadId;
            Archived = archived;
            Problem = problem;
            Mistake = mistake;
        }

        /// <summary>What came down the pipeline (a row, a search result, a value), handed back with its result and named by its errors.</summary>
        public object? InputObject { get; }

        /// <summary>The value as given, for results and messages.</summary>
        public string Text { get; }

        public InputKind Kind { get; }

        /// <summary>The key asked about (digits, a vendor lead code, a lead id), or null when the value was rejected.</summary>
        public string? Key { get; }

        /// <summary>A second form of the same phone number (with its country code), also asked about and merged in; or null.</summary>
        public string? AlternateKey { get; }

        /// <summary>The lead id, for a value read as one.</summary>
        public long? LeadId { get; }

        /// <summary>True to ask the archive table (vicidial_list_archive), as the input or its search result said.</summary>
        public bool Archived { get; }

        /// <summary>Why the value cannot be asked about, or null when it can.</summary>
        public string? Problem { get; }

        /// <summary>The whole-file mistake behind <see cref="Problem"/>, when it is one; or null.</summary>
        public RepeatedMistake? Mistake { get; }

        /// <summary>The row's column the value was read from, or null for a value given as it is.</summary>
        public string? Column { get; }

        /// <summary>Which of the row's <see cref="Parts"/> values this is (a row with several phone columns gives one each), from 1.</summary>
        public int Part { get; }

        public int Parts { get; }

        /// <summary>What an error about this value names as its target: the input row, else the value as given.</summary>
        public object Target => InputObject ?? Text;

        /// <summary>The value in messages: "lead 1001", "phone number 3125550000 (or 13125550000)".</summary>
        public string Describe => Kind switch
        {
            InputKind.LeadId => LeadId.HasValue ? "lead " + LeadId.Value.ToString(CultureInfo.InvariantCulture) : Text,
            InputKind.VendorLeadCode => $"vendor lead code {Key ?? Text}",
            _ => AlternateKey is null ? $"phone number {Key ?? Text}" : $"phone number {Key} (or {AlternateKey})",
        };

        /// <summary>A phone number, read by <see cref="PhoneNumberRules"/> from <paramref name="value"/> (text, a number, a spreadsheet artefact).</summary>
        public static InputValue PhoneNumber(object? inputObject, object? value, string phoneCode, bool archived = false)
        {
            string text = InputText.Of(value) ?? string.Empty;
            return PhoneNumberRules.TryRead(value, phoneCode, out PhoneNumberForms forms, out string? problem, out RepeatedMistake? mistake)
                ? new InputValue(inputObject, text, InputKind.PhoneNumber, forms.Digits, forms.WithPhoneCode, null, archived, null, null)
                : new InputValue(inputObject, text, InputKind.PhoneNumber, null, null, null, archived, problem, mistake);
        }

        /// <summary>A vendor lead code, read by <see cref="VendorLeadCodeRules"/>.</summary>
        public static InputValue VendorLeadCode(object? inputObject, object? value)
        {
            string? text = InputText.Of(value);
            return VendorLeadCodeRules.TryNormalize(text, out string code, out string? problem)
                ? new InputValue(inputObject, text!, InputKind.VendorLeadCode, code, null, null, false, null, null)
                : new InputValue(inputObject, text ?? string.Empty, InputKind.VendorLeadCode, null, null, null, false, problem, null);
        }

        /// <summary>One lead id; its error target is <paramref name="inputObject"/>, or the id itself when there is none.</summary>
        public static InputValue Lead(long leadId, bool archived = false, object? inputObject = null)
        {
            string text = leadId.ToString(CultureInfo.InvariantCulture);
            return leadId > 0
                ? new InputValue(inputObject ?? leadId, text, InputKind.LeadId, text, null, leadId, archived, null, null)
                : new InputValue(inputObject ?? leadId, text, InputKind.LeadId, null, null, null, archived, $"{leadId} is not a lead id: lead ids are whole numbers from 1 up.", null);
        }

        /// <summary>A value of the kind <paramref name="kind"/> that cannot be asked about, and why.</summary>
        public static InputValue Invalid(object? inputObject, string text, InputKind kind, string problem) =>
            new InputValue(inputObject, text, kind, null, null, null, false, problem, null);

        /// <summary>The same question about the phone number's other form (with its country code).</summary>
        public InputValue AlternateForm() =>
            new InputValue(InputObject, Text, Kind, AlternateKey, null, LeadId, Archived, Problem, Mistake, Column, Part, Parts);

        /// <summary>The value as read from a row's only phone column <paramref name="column"/>: named, its problem as it is.</summary>
        public InputValue ReadFrom(string column) =>
            new InputValue(InputObject, Text, Kind, Key, AlternateKey, LeadId, Archived, Problem, Mistake, column, 1, 1);

        /// <summary>The value as read from <paramref name="column"/>, part <paramref name="part"/> of <paramref name="parts"/> of its row; a problem names the column.</summary>
        public InputValue InColumn(string column, int part, int parts) =>
            new InputValue(InputObject, Text, Kind, Key, AlternateKey, LeadId, Archived, Problem is null ? null : $"Column '{column}': {Problem}", Mistake, column, part, parts);

        public override string ToString() => Describe;
    }
}
