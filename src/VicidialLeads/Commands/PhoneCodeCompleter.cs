using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace VicidialLeads.Commands
{
    /// <summary>Completes -PhoneCode with country calling codes (rather than file names), each named in its tooltip.</summary>
    internal sealed class PhoneCodeCompleter : IArgumentCompleter
    {
        private static readonly KeyValuePair<string, string>[] Codes =
        {
            new KeyValuePair<string, string>("1", "North America (United States, Canada, the Caribbean); VICIdial's default"),
            new KeyValuePair<string, string>("44", "United Kingdom"),
            new KeyValuePair<string, string>("52", "Mexico"),
            new KeyValuePair<string, string>("61", "Australia"),
            new KeyValuePair<string, string>("63", "Philippines"),
            new KeyValuePair<string, string>("91", "India"),
            new KeyValuePair<string, string>("353", "Ireland"),
            new KeyValuePair<string, string>("49", "Germany"),
            new KeyValuePair<string, string>("33", "France"),
            new KeyValuePair<string, string>("34", "Spain"),
            new KeyValuePair<string, string>("55", "Brazil"),
            new KeyValuePair<string, string>("27", "South Africa"),
        };

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, System.Collections.IDictionary fakeBoundParameters)
        {
            foreach (KeyValuePair<string, string> code in Codes)
            {
                if (code.Key.StartsWith(wordToComplete ?? string.Empty, System.StringComparison.Ordinal))
                    yield return new CompletionResult(code.Key, $"{code.Key} ({code.Value})", CompletionResultType.ParameterValue, code.Value);
            }
        }
    }
}
