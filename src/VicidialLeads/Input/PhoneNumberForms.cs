using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace VicidialLeads.Input
{
    /// <summary>What one input value means as a phone number: the digits to search, in one or two forms.</summary>
    internal readonly struct PhoneNumberForms
    {
        public PhoneNumberForms(string digits, string? withPhoneCode)
        {
            Digits = digits;
            WithPhoneCode = withPhoneCode;
        }

        /// <summary>The number without its country code, as VICIdial stores it (the code lives in phone_code).</summary>
        public string Digits { get; }

        /// <summary>
        /// The same number with the country code in front, also searched when the input carried the code, in case
        /// leads were loaded that way; null when the input did not carry it.
        /// </summary>
        public string? WithPhoneCode { get; }
    }
}
