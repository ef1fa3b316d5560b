/// The timeline page's script: stepping through the frames, and a self-test
/// a headless browser can run (`?selftest` in the page's address).
enum TimelinePageScript {
    static let javaScript = #"""
        (function () {
          'use strict';
          const templates = Array.from(document.querySelectorAll('template.frame'));
          const slider = document.getElementById('slider');
          const previous = document.getElementById('previous');
          const next = document.getElementById('next');
          const stage = document.getElementById('stage');
          const panel = document.getElementById('panel');
          const date = document.getElementById('date');
          const counter = document.getElementById('counter');
          let current = -1;

          // Frames live in <template>s (inert until shown): one drawing in
          // the document at a time, so the SVGs' ids never clash.
          function show(index) {
            if (templates.length === 0) return;
            index = Math.max(0, Math.min(templates.length - 1, index));
            if (index === current) return;
            const template = templates[index];
            const content = template.content.cloneNode(true);
            stage.replaceChildren(...content.querySelector('.drawing').childNodes);
            panel.replaceChildren(...content.querySelector('.changes').childNodes);
            current = index;
            stage.dataset.frame = String(index);
            slider.value = String(index);
            date.textContent = template.dataset.label;
            counter.textContent = (index + 1) + ' / ' + templates.length;
            previous.disabled = index === 0;
            next.disabled = index === templates.length - 1;
            if (location.hash !== '#frame=' + index) {
              try { history.replaceState(null, '', '#frame=' + index); } catch (error) { /* some file: URLs refuse */ }
            }
          }

          function frameInAddress() {
            const match = /^#frame=(\d+)$/.exec(location.hash);
            return match ? Number(match[1]) : 0;
          }

          document.addEventListener('keydown', function (event) {
            if (event.altKey || event.ctrlKey || event.metaKey) return;
            const steps = { ArrowRight: 1, ArrowLeft: -1 };
            if (event.key in steps) {
              // Handled here even when the slider has the focus: cancelling
              // keeps it from stepping a second time.
              event.preventDefault();
              show(current + steps[event.key]);
            } else if (event.key === 'Home' || event.key === 'End') {
              event.preventDefault();
              show(event.key === 'Home' ? 0 : templates.length - 1);
            }
          });
          slider.addEventListener('input', function () { show(Number(slider.value)); });
          previous.addEventListener('click', function () { show(current - 1); });
          next.addEventListener('click', function () { show(current + 1); });
          window.addEventListener('hashchange', function () { show(frameInAddress()); });

          // Steps through every frame with real key events and checks what
          // is on screen: the frame shown, the factions drawn, and that no
          // faction moves (its centre on screen, relative to the drawing).
          function selftest() {
            const failures = [];
            const seen = new Map();
            let viewBox = null;
            show(0);
            for (let i = 0; i < templates.length && failures.length < 20; i++) {
              if (i > 0) {
                document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
              }
              if (current !== i || slider.value !== String(i) || counter.textContent !== (i + 1) + ' / ' + templates.length) {
                failures.push('after ' + i + ' ArrowRight the page shows frame ' + current);
                break;
              }
              const svg = stage.querySelector('svg');
              if (!svg) { failures.push('frame ' + i + ': no drawing'); continue; }
              if (viewBox === null) viewBox = svg.getAttribute('viewBox');
              if (svg.getAttribute('viewBox') !== viewBox) failures.push('frame ' + i + ': viewBox ' + svg.getAttribute('viewBox') + ', not ' + viewBox);
              const expected = (templates[i].dataset.visible || '').split(' ').filter(Boolean).sort();
              const nodes = Array.from(svg.querySelectorAll('g.node[id^="faction-"]'));
              const drawn = nodes.map(function (node) { return node.id.slice('faction-'.length); }).sort();
              if (drawn.join(' ') !== expected.join(' ')) {
                failures.push('frame ' + i + ': ' + drawn.length + ' factions drawn (' + drawn.join(' ') + '), ' + expected.length + ' expected');
              }
              const origin = svg.getBoundingClientRect();
              for (const node of nodes) {
                const shape = node.querySelector('polygon, ellipse, path, polyline') || node;
                const box = shape.getBoundingClientRect();
                const centre = [box.left + box.width / 2 - origin.left, box.top + box.height / 2 - origin.top];
                const first = seen.get(node.id);
                if (!first) { seen.set(node.id, { centre: centre, frame: i }); continue; }
                const moved = Math.hypot(centre[0] - first.centre[0], centre[1] - first.centre[1]);
                if (moved > 0.5) failures.push(node.id + ' moved ' + moved.toFixed(1) + 'px from frame ' + first.frame + ' to ' + i);
              }
            }
            if (failures.length === 0 && templates.length > 0) {
              const last = templates.length - 1;
              document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
              if (current !== last) failures.push('ArrowRight on the last frame went to ' + current);
              document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true }));
              if (current !== Math.max(last - 1, 0)) failures.push('ArrowLeft on the last frame went to ' + current);
            }
            if (templates.length === 0) failures.push('no frames');
            const result = failures.length === 0 ? 'ok ' + templates.length + ' frames' : 'fail: ' + failures.join('; ');
            const out = document.getElementById('selftest');
            out.textContent = result;
            out.hidden = false;
            document.title = 'selftest ' + result;
          }

          show(frameInAddress());
          if (/[?&]selftest\b/.test(location.search)) selftest();
        })();

        """#
}
