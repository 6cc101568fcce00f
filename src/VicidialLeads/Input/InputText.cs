using System;
using System.Globalization;

namespace VicidialLeads.Input
{
    /// <summary>An input value as text, the way errors and results show it: text as it is, numbers in invariant form.</summary>
    internal static class InputText
    {
        /// <summary>The value as text; null for null.</summary>
        public static string? Of(object? value) =>
            value is null ? null : value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture);
    }
}
