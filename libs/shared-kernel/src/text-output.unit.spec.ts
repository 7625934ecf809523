import { csvDocument, escapeHtml, markdownWithoutHtml } from './text-output';

describe('text outputs', () => {
  it('CSV: a cell a spreadsheet would run as a formula is made text; quotes, separators and line breaks are quoted', () => {
    expect(csvDocument([['=HYPERLINK("http://x")', '+47', '-1', '@SUM(A1)', '\tx', 'a,b', 'sa "hei"', 'to\nlinjer', 7, null]])).toBe(
      `"'=HYPERLINK(""http://x"")",'+47,'-1,'@SUM(A1),'\tx,"a,b","sa ""hei""","to\nlinjer",7,\r\n`,
    );
  });

  it('CSV with semicolons starts with a byte-order mark and quotes cells holding a semicolon, not a comma', () => {
    expect(csvDocument([['frist', 'a;b', 'a,b']], 'semicolon')).toBe('\uFEFFfrist;"a;b";a,b\r\n');
  });

  it('Markdown: recorded HTML is shown, not run; HTML: every special character is an entity', () => {
    expect(markdownWithoutHtml('**Vedtak:** <script>alert(1)</script> & <img src=x onerror=alert(1)>')).toBe(
      '**Vedtak:** &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(markdownWithoutHtml('[klikk](javascript:alert(1)) ![x](http://x/y.png) [ref]: javascript:x [5†]')).toBe(
      '[klikk]\\(javascript:alert(1)) ![x]\\(http://x/y.png) [ref]\\: javascript:x [5†]',
    );
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
