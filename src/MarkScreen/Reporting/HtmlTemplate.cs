namespace MarkScreen.Reporting;

/// <summary>The HTML report's fixed parts: styles, the sort and filter controls and their script. Nothing is loaded from elsewhere.</summary>
internal static class HtmlTemplate
{
    public const string Head = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{TITLE}}</title>
        <style>
        :root{--high:#c62828;--medium:#ef6c00;--low:#607d8b;--bg:#f6f7f9;--fg:#1d232a;--muted:#66707a;--card:#fff}
        *{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg);display:flex;flex-direction:column}
        #summary{order:-1;padding:1.2rem clamp(1rem,4vw,3rem);background:#fff;border-bottom:1px solid #dde1e6;position:sticky;top:0;z-index:1}
        #summary h1{margin:.2rem 0;font-size:1.4rem}main{padding:1rem clamp(1rem,4vw,3rem);display:flex;flex-direction:column;gap:.8rem}
        .cards{display:flex;flex-wrap:wrap;gap:.5rem;margin:.6rem 0}.card{background:var(--bg);border-radius:8px;padding:.4rem .9rem;min-width:7rem}
        .card .n{font-size:1.3rem;font-weight:700}.card.c-high .n{color:var(--high)}.card.c-medium .n{color:var(--medium)}.card.c-low .n{color:var(--low)}
        .listing{background:var(--card);border-radius:10px;padding:.8rem 1rem;box-shadow:0 1px 2px #0001;border-left:5px solid var(--low)}
        .listing.r-high{border-left-color:var(--high)}.listing.r-medium{border-left-color:var(--medium)}.listing:focus{outline:3px solid #1565c0}
        .listing header{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;font-size:.85rem}
        .title{font-size:1.05rem;font-weight:600;margin:.4rem 0;overflow-wrap:anywhere}
        mark{border-radius:3px;padding:0 .15em;color:#fff}mark.m-high{background:var(--high)}mark.m-medium{background:var(--medium)}mark.m-low{background:#cfd8dc;color:var(--fg)}
        .badge{display:inline-block;border-radius:99px;padding:0 .55em;font-size:.8rem;font-weight:700;color:#fff;background:var(--low);text-transform:uppercase}
        .b-high{background:var(--high)}.b-medium{background:var(--medium)}.chip{background:#e3f2fd;border-radius:99px;padding:0 .5em}
        .muted{color:var(--muted)}.meta{margin:.2rem 0;font-size:.9rem}
        .suggestion{background:#e8f5e9;border-radius:8px;padding:.4rem .7rem;margin:.4rem 0}.suggestion.unclean{background:#fff3e0}
        .suggestion .label{font-weight:700;margin-right:.4rem}.ok{color:#2e7d32;font-size:.85rem}.warn{color:var(--medium);font-size:.85rem}
        details.finding{border-top:1px solid #eceff1;padding:.3rem 0}details.finding summary{cursor:pointer}
        .evidence{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.4rem 0 .2rem;font-size:.9rem}
        .evidence dt{color:var(--muted)}.evidence dd{margin:0;overflow-wrap:anywhere}.reasons{margin:.2rem 0;padding-left:1.2rem;font-size:.9rem}
        .controls{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}.controls button,.controls input{font:inherit;padding:.25rem .7rem;border:1px solid #b0bec5;border-radius:6px;background:#fff}
        .controls button[aria-pressed=true]{background:#1565c0;color:#fff;border-color:#1565c0}.empty{color:var(--muted)}
        @media (max-width:600px){#summary{position:static}.evidence{grid-template-columns:1fr}}
        </style></head><body><main id="listings">

        """;

    public const string Controls = """
        <div class="controls" role="toolbar" aria-label="Sort and filter">
        <span>Sort</span><button data-sort="score" aria-pressed="true">by risk</button><button data-sort="order" aria-pressed="false">as in the file</button>
        <span>Show</span><button data-min="0" aria-pressed="true">all</button><button data-min="1" aria-pressed="false">medium+</button><button data-min="2" aria-pressed="false">high</button>
        <input type="search" id="q" placeholder="Filter by text…" aria-label="Filter listings by text">
        </div>
        """;

    public const string Tail = """
        <script>
        (function(){
          var main=document.getElementById('listings'),cards=[].slice.call(main.querySelectorAll('article')),min=0,q='';
          function sort(key){cards.sort(function(a,b){return key==='order'?a.dataset.order-b.dataset.order:(b.dataset.score-a.dataset.score)||(a.dataset.order-b.dataset.order)});
            cards.forEach(function(c){main.appendChild(c)});}
          function filter(){cards.forEach(function(c){c.hidden=(+c.dataset.risk<min)||(q&&c.textContent.toLowerCase().indexOf(q)<0)});}
          function press(group,btn){[].forEach.call(document.querySelectorAll('[data-'+group+']'),function(b){b.setAttribute('aria-pressed',b===btn)});}
          document.querySelectorAll('[data-sort]').forEach(function(b){b.onclick=function(){press('sort',b);sort(b.dataset.sort)}});
          document.querySelectorAll('[data-min]').forEach(function(b){b.onclick=function(){press('min',b);min=+b.dataset.min;filter()}});
          document.getElementById('q').oninput=function(e){q=e.target.value.toLowerCase();filter()};
          sort('score');
        })();
        </script></body></html>

        """;
}
