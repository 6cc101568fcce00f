using System.Collections.Generic;
using VicidialLeads.Input;

namespace VicidialLeads.Functions.LeadSearch
{
    /// <summary>One input value: the row it came from, the value as given, and the keys searched (or why it cannot be searched).</summary>
    internal sealed class LeadSearchInput
    {
        public LeadSearchInput(object? inputObject, string inputValue, string? key, string? problem, string? alternateKey = null, RepeatedMistake? mistake = null)
        {
            InputObject = inputObject;
            InputValue = inputValue;
            Key = key;
            Problem = problem;
            AlternateKey = alternateKey;
            Mistake = mistake;
        }

        /// <summary>What came down the pipeline (a row, a string, a number), handed back with its result or error.</summary>
        public object? InputObject { get; }

        public string InputValue { get; }

        /// <summary>The key searched (a phone number's digits, or a vendor lead code), or null when the value was rejected.</summary>
        public string? Key { get; }

        /// <summary>A second form of the same number also searched (with its country code), whose leads are merged in; or null.</summary>
        public string? AlternateKey { get; }

        /// <summary>Why the value cannot be searched, or null when it can.</summary>
        public string? Problem { get; }

        /// <summary>The whole-file mistake behind <see cref="Problem"/>, when it is one; or null.</summary>
        public RepeatedMistake? Mistake { get; }

        public static LeadSearchInput From(string? value, string phoneCode = PhoneNumberRules.DefaultPhoneCode) => From(value, value, phoneCode);

        public static LeadSearchInput From(object? inputObject, object? value, string phoneCode)
        {
            string text = InputText.Of(value) ?? string.Empty;
            return PhoneNumberRules.TryRead(value, phoneCode, out PhoneNumberForms forms, out string? problem, out RepeatedMistake? mistake)
                ? new LeadSearchInput(inputObject, text, forms.Digits, null, forms.WithPhoneCode)
                : new LeadSearchInput(inputObject, text, null, problem, mistake: mistake);
        }

        public static LeadSearchInput FromVendorLeadCode(string? value) => FromVendorLeadCode(value, value);

        public static LeadSearchInput FromVendorLeadCode(object? inputObject, string? value) =>
            VendorLeadCodeRules.TryNormalize(value, out string code, out string? problem)
                ? new LeadSearchInput(inputObject, value!, code, null)
                : new LeadSearchInput(inputObject, value ?? string.Empty, null, problem);
    }
}
