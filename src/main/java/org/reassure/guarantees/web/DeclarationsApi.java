package org.reassure.guarantees.web;

import java.net.URI;
import java.util.List;

import org.reassure.guarantees.Declaration;
import org.reassure.guarantees.DeclarationRegister;
import org.reassure.guarantees.internal.GuaranteesFile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The declarations of the guarantee system over REST.
 */
@RestController
@RequestMapping("/api/v1/guarantees/declarations")
@Tag(name = "Guarantees: declarations", description = "Declarations with the components they cover and their signatories, every fact cited")
class DeclarationsApi {

	private final DeclarationRegister register;

	DeclarationsApi(DeclarationRegister register) {
		this.register = register;
	}

	@GetMapping
	@Operation(summary = "Declarations in date order")
	List<Declaration> all() {
		return register.all();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One declaration")
	Declaration one(@PathVariable String id) {
		return register.find(id);
	}

	@PostMapping
	@Operation(summary = "Record a declaration (secretariat); every fact needs a citation, components and signatories must be known")
	ResponseEntity<Declaration> record(@RequestBody GuaranteesFile.DeclarationEntry request) {
		Declaration declaration = register.record(request.toDeclaration());
		return ResponseEntity.created(URI.create("/api/v1/guarantees/declarations/" + declaration.id())).body(declaration);
	}
}
